import { expect, test } from '@playwright/test';

test('the bus and model metrics are served in Prometheus text format after a turn', async ({ request }) => {
  const created = await request.post('/api/sessions', { data: { campaignId: 'sunken-shrine' } });
  const { sessionId } = await created.json();
  expect((await request.post(`/api/sessions/${sessionId}/actions`, { data: { characterId: 'mira', text: 'I listen', idempotencyKey: 'key-metrics-1' } })).status()).toBe(202);
  await expect
    .poll(async () => (await (await request.get(`/api/sessions/${sessionId}`)).json()).events.length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(7);

  const response = await request.get('/api/metrics');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('text/plain');
  const text = await response.text();
  expect(text).toMatch(/roundtable_bus_messages_processed_total\{agent="dm"\} [1-9]/);
  expect(text).toMatch(/roundtable_bus_messages_processed_total\{agent="player"\} [1-9]/);
  expect(text).toMatch(/roundtable_bus_handling_seconds_count\{agent="dm"\} [1-9]/);
  expect(text).toMatch(/roundtable_bus_handling_quantile_seconds\{agent="dm",quantile="0.99"\} [0-9.e-]+[1-9]/);
  expect(text).toContain('# TYPE roundtable_bus_dead_letters_total counter');
  // The models' side of the turn, as the ops page charts it.
  expect(text).toMatch(/roundtable_model_tokens_total\{agent="dm",direction="input",model="offline-dm"\} [1-9]/);
  expect(text).toMatch(/roundtable_model_tokens_total\{agent="player",direction="output",model="offline-player"\} [1-9]/);
  expect(text).toMatch(/roundtable_model_call_seconds_count\{agent="dm",model="offline-dm"\} [1-9]/);
});
