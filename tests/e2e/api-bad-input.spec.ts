import { expect, test, type APIResponse } from '@playwright/test';

async function expectRefusal(response: APIResponse, status: number, message: RegExp) {
  expect(response.status()).toBe(status);
  const body = await response.json();
  expect(body.error.message).toMatch(message);
}

test.describe('bad input gets a clear 4xx and the server keeps serving', () => {
  let sessionId: string;

  test.beforeAll(async ({ request }) => {
    const created = await request.post('/api/sessions', { data: { campaignId: 'sunken-shrine' } });
    expect(created.status()).toBe(201);
    sessionId = (await created.json()).sessionId;
  });

  test('actions: empty, oversized, malformed, wrong type, wrong character, unknown session', async ({ request }) => {
    const url = `/api/sessions/${sessionId}/actions`;
    await expectRefusal(await request.post(url, { data: { characterId: 'mira', text: '   ', idempotencyKey: 'key-empty-1' } }), 400, /Say what your character does/);
    await expectRefusal(await request.post(url, { data: { characterId: 'mira', text: 'x'.repeat(501), idempotencyKey: 'key-long-01' } }), 400, /under 500 characters/);
    await expectRefusal(await request.post(url, { data: { characterId: 'mira', idempotencyKey: 'key-notext' } }), 400, /text/);
    await expectRefusal(await request.post(url, { data: { characterId: 'mira', text: 'I look' } }), 400, /idempotencyKey/);
    await expectRefusal(
      await request.post(url, { headers: { 'content-type': 'application/json' }, data: Buffer.from('{"characterId": "mira", "text": ') }),
      400,
      /not valid JSON/,
    );
    await expectRefusal(
      await request.post(url, { headers: { 'content-type': 'application/json' }, data: Buffer.from(JSON.stringify({ characterId: 'mira', text: 'a'.repeat(40_000), idempotencyKey: 'key-huge-01' })) }),
      413,
      /at most/,
    );
    await expectRefusal(await request.post(url, { headers: { 'content-type': 'text/plain' }, data: Buffer.from('I attack') }), 415, /JSON/);
    await expectRefusal(await request.post(url, { data: { characterId: 'kestrel', text: 'I take over', idempotencyKey: 'key-kestrel' } }), 403, /not your character/);
    await expectRefusal(await request.post(url, { data: { characterId: 'smaug', text: 'I roar', idempotencyKey: 'key-smaug-1' } }), 404, /no character/);
    await expectRefusal(
      await request.post('/api/sessions/00000000-0000-4000-8000-00000000beef/actions', { data: { characterId: 'mira', text: 'hi', idempotencyKey: 'key-hello-1' } }),
      404,
      /no session/,
    );
    await expectRefusal(await request.post('/api/sessions/not-a-session/actions', { data: { characterId: 'mira', text: 'hi', idempotencyKey: 'key-hello-1' } }), 404, /no session/);
  });

  test('actions sent while a turn is resolving are queued, and a repeated key changes nothing', async ({ request }) => {
    const url = `/api/sessions/${sessionId}/actions`;
    const first = await request.post(url, { data: { characterId: 'mira', text: 'I listen at the door', idempotencyKey: 'key-listen-1' } });
    expect(first.status()).toBe(202);
    const second = await request.post(url, { data: { characterId: 'mira', text: 'I listen again', idempotencyKey: 'key-listen-2' } });
    expect(second.status()).toBe(202);
    const repeat = await request.post(url, { data: { characterId: 'mira', text: 'I listen at the door', idempotencyKey: 'key-listen-1' } });
    expect(repeat.status()).toBe(200);
    expect((await repeat.json()).turnId).toBe((await first.json()).turnId);
    await expectRefusal(
      await request.post(url, { data: { characterId: 'mira', text: 'Something else', idempotencyKey: 'key-listen-1' } }),
      409,
      /already used for a different action/,
    );
    await expect
      .poll(async () => {
        const { events } = await (await request.get(`/api/sessions/${sessionId}`)).json();
        return events.filter((e: { type: string; data: { controller?: string } }) => e.type === 'player.acted' && e.data.controller === 'human').length;
      }, { timeout: 30_000 })
      .toBe(2);
  });

  test('sessions, pages and the live feed: unknown ids and bad campaigns', async ({ request, page }) => {
    await expectRefusal(await request.post('/api/sessions', { data: { campaignId: 'nope' } }), 404, /no campaign/);
    await expectRefusal(await request.post('/api/sessions', { data: {} }), 400, /campaignId/);
    await expectRefusal(await request.post('/api/sessions', { data: { campaignId: 'sunken-shrine', seed: 1.5 } }), 400, /whole number/);
    await expectRefusal(await request.get('/api/sessions/00000000-0000-4000-8000-00000000beef'), 404, /no session/);
    await expectRefusal(await request.get('/api/sessions/abc/live'), 404, /no session/);
    await expectRefusal(await request.get(`/api/sessions/${sessionId}/live?after=-3`), 400, /sequence number/);
    const missing = await page.goto('/sessions/00000000-0000-4000-8000-00000000beef');
    expect(missing?.status()).toBe(404);
    await expect(page.getByText('Nothing at this table.')).toBeVisible();
    expect((await request.get(`/api/sessions/${sessionId}`)).status()).toBe(200);
    expect((await request.get('/')).status()).toBe(200);
  });
});
