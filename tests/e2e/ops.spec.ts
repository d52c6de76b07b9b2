import path from 'node:path';
import { expect, test } from '@playwright/test';
import { completeDraft } from '../fixtures/drafts';

const shots = path.join(import.meta.dirname, '../../test-results');

test('an operator follows a turn through the agents, and replays a dead letter once its fault is cleared', async ({ page }) => {
  test.setTimeout(300_000);
  // A campaign of our own, whose places have no battle maps yet: the generator draws each one as the party arrives.
  const { id: draftId } = await (await page.request.post('/api/campaign-drafts')).json();
  expect((await page.request.patch(`/api/campaign-drafts/${draftId}`, { data: { draft: completeDraft } })).status()).toBe(200);
  const { campaignId } = await (await page.request.post(`/api/campaign-drafts/${draftId}/save`)).json();

  // A turn that takes the party somewhere new: the DM resolves it, the generator draws the place, the AI players act.
  // When the dice seat the game master's character first in the fight that starts there, the AI players act only
  // after the game master's next turn, outside this one: a new table is set then, with new dice.
  const aiPlayerActed = page.locator('[data-testid="log-entry"][data-type="player.acted"]', { hasText: 'AI player' });
  const narrated = page.locator('[data-testid="log-entry"][data-type="dm.narrated"]').first();
  for (let table = 0; table < 5; table++) {
    const { url } = await (await page.request.post('/api/sessions', { data: { campaignId } })).json();
    await page.goto(url);
    await expect(page.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
    await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction');
    await page.getByTestId('action-input').fill('We press on to the next place.');
    await page.getByTestId('action-submit').click();
    await expect(narrated).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction', { timeout: 45_000 });
    if ((await aiPlayerActed.count()) > 0) break;
  }
  await expect(aiPlayerActed.first()).toBeVisible();

  // From the why view to the turn's trace.
  await narrated.getByTestId('why-toggle').click();
  await narrated.getByTestId('why-trace').click();
  await expect(page.getByTestId('sequence-diagram')).toBeVisible();
  const rows = page.getByTestId('trace-message');
  // A turn opens with the Chronicler recalling the campaign for the DM, then the DM's request.
  await expect(rows.first()).toHaveAttribute('data-type', 'request');
  await expect(rows.first()).toHaveAttribute('data-to', 'chronicler');
  await expect(rows.nth(1)).toHaveAttribute('data-from', 'chronicler');
  await expect(rows.nth(2)).toHaveAttribute('data-to', 'dm');
  await expect(rows.nth(2)).toHaveAttribute('data-type', 'request');
  for (const [attribute, agent, type] of [
    ['data-from', 'dm', 'response'],
    ['data-to', 'generator', 'request'],
    ['data-from', 'generator', 'response'],
    ['data-to', 'player', 'request'],
    ['data-from', 'player', 'response'],
  ] as const) {
    await expect(page.locator(`[data-testid="trace-message"][${attribute}="${agent}"][data-type="${type}"]`).first()).toBeVisible();
  }
  // In order, with timings: each row's time is at or after the one before.
  const times = await rows.allTextContents();
  const ms = times.map((text) => Number(/\+(\d+) ms/.exec(text)?.[1]));
  expect(ms.every((t, i) => Number.isFinite(t) && (i === 0 || t >= ms[i - 1]!))).toBe(true);
  await rows.nth(2).click();
  await expect(page.getByTestId('trace-payload')).toContainText('resolve_action');
  await page.screenshot({ path: path.join(shots, 'ops-trace.png'), fullPage: true });

  await page.goto('/ops');
  // Robin signed in first on this fresh install: the page says that is why Robin operates it, and how to add others.
  await expect(page.getByTestId('ops-first-operator')).toContainText('OPERATOR_IDS');
  await expect(page.getByTestId('ops-agent-dm')).toContainText('Processed');
  await expect(page.getByTestId('ops-session').first()).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'ops-overview.png'), fullPage: true });

  await page.goto('/ops/traces?agent=generator');
  await expect(page.getByTestId('trace-result').first()).toBeVisible();
  await page.screenshot({ path: path.join(shots, 'ops-traces.png'), fullPage: true });

  await page.goto('/ops/metrics');
  await expect(page.getByTestId('ops-chart')).toHaveCount(7);
  await expect(page.locator('.recharts-line').first()).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: path.join(shots, 'ops-metrics.png'), fullPage: true });

  // A generator that always fails: a new table's request for its first battle map ends as a dead letter.
  expect((await page.request.post('/api/test/faults', { data: { generatorFails: true } })).status()).toBe(200);
  const { sessionId } = await (await page.request.post('/api/sessions', { data: { campaignId } })).json();
  expect((await page.request.get(`/api/sessions/${sessionId}`)).status()).toBe(200);
  await page.goto('/ops/dead-letters');
  const letter = page.locator('[data-testid="dead-letter"][data-agent="generator"]').first();
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(letter).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(letter).toContainText('test fault');
  await letter.getByRole('button', { name: 'Inspect' }).click();
  await expect(letter.getByTestId('dead-letter-body')).toContainText('generate_map');
  await page.screenshot({ path: path.join(shots, 'ops-dead-letters.png'), fullPage: true });

  // Cleared, replayed, and this time answered.
  expect((await page.request.post('/api/test/faults', { data: { generatorFails: false } })).status()).toBe(200);
  const trace = await letter.getByRole('link', { name: 'Trace' }).getAttribute('href');
  await letter.getByTestId('replay-one').click();
  await expect(page.getByTestId('dead-letter-note')).toHaveText('Replayed 1.');
  await page.getByTestId('dead-letter-status').selectOption('replayed');
  await expect(page.locator('[data-testid="dead-letter"][data-agent="generator"]').first()).toContainText('replayed by Robin');
  await page.goto(trace!);
  const answers = page.locator('[data-testid="trace-message"][data-from="generator"][data-type="response"]');
  await expect(answers.last()).toHaveAttribute('aria-label', /: ok at/, { timeout: 15_000 });
});

test('the ops pages and their API are for operators only, and say how to become one', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const stranger = context.request;
  expect((await stranger.get('/api/ops/overview')).status()).toBe(401);
  await stranger.post('/api/auth/session', { data: { name: 'Pat' } });
  for (const url of ['/api/ops/overview', '/api/ops/metrics', '/api/ops/traces', '/api/ops/dead-letters']) {
    const response = await stranger.get(url);
    expect(response.status(), url).toBe(403);
    expect((await response.json()).error.message).toMatch(/for this install's operators\. Your user id is [0-9a-f-]{36}: an operator can add it to OPERATOR_IDS/);
  }
  const page = await context.newPage();
  await page.goto('/ops');
  await expect(page.getByTestId('ops-refused')).toContainText('OPERATOR_IDS');
  await context.close();
});
