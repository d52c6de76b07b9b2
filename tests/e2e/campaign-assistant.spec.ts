import path from 'node:path';
import { expect, test } from '@playwright/test';

const answers = [
  'Grim and eerie, with hope at the edges',
  'A drowned coast of fishing villages and sunken temples',
  'Mother Brine: wants the sea to take back the land',
  'The Lantern Guild: keep the lights burning; The Drowned Choir: wake the deep',
  'Harrowmere: a village on stilts; The Kelp Caves: a cave under the cliffs; The Drowned Temple: a temple under the tide',
  'Old Maren: retired smuggler; Captain Idris: harbour master',
  'Bells ring under the ground at night',
  '1',
  'three',
  'The Tide Remembers',
];

test('a game master writes a campaign with the offline assistant, saves it and starts playing it', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByTestId('create-campaign').click();
  await expect(page).toHaveURL(/\/campaigns\/drafts\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('workshop')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByTestId('chat-message').first()).toContainText('What tone');

  const assistantReplies = page.locator('[data-testid="chat-message"][data-role="assistant"]');
  for (const [i, answer] of answers.entries()) {
    await expect(page.getByTestId('workshop')).toHaveAttribute('data-status', 'ready');
    await page.getByTestId('chat-input').fill(answer);
    await page.getByTestId('chat-input').press('Enter');
    await expect(assistantReplies).toHaveCount(i + 2, { timeout: 20_000 });
    if (i === 2) {
      await expect(page.getByTestId('draft-villain')).toHaveText('Mother Brine: wants the sea to take back the land');
      // The assistant asked the generator for the villain's portrait, and it is shown.
      await expect(page.getByTestId('villain-portrait')).toHaveJSProperty('complete', true);
      expect(await page.getByTestId('villain-portrait').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    }
    if (i === 4) {
      await expect(page.getByTestId('world-map')).toHaveJSProperty('complete', true);
      expect(await page.getByTestId('world-map').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    }
  }
  await expect(page.getByTestId('draft-locations')).toHaveText('Harrowmere, The Kelp Caves, The Drowned Temple');
  await expect(page.getByTestId('draft-title')).toHaveValue('The Tide Remembers');
  await expect(page.getByTestId('draft-status')).toContainText('Complete');
  await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/campaign-assistant.png'), fullPage: true });

  await page.getByTestId('save-campaign').click();
  await expect(page.getByTestId('campaign-saved')).toBeVisible();
  await page.getByTestId('campaign-saved').getByTestId('start-session').click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.locator('[data-testid="log-entry"][data-type="session.started"]')).toContainText('Harrowmere');

  // Entering the next place of the new campaign: its battle map, with tokens for the party and the foes there.
  await expect(page.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction');
  // The AI players can win the fight before a check could look: the page itself notes every foe's token it draws.
  await page.evaluate(() => {
    const w = window as unknown as { hostileTokens: number };
    w.hostileTokens = 0;
    new MutationObserver(() => {
      w.hostileTokens = Math.max(w.hostileTokens, document.querySelectorAll('[data-testid="battle-map"] [data-testid="map-token"][data-side="hostile"]').length);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await page.getByTestId('action-input').fill('We go deeper.');
  await page.getByTestId('action-submit').click();
  await expect(page.getByTestId('initiative-tracker')).toBeVisible({ timeout: 30_000 });
  const map = page.getByTestId('battle-map');
  await expect(map.locator('[data-testid="map-token"][data-side="party"]')).toHaveCount(3);
  // The map is laid out when the table is next free; a fight the AI players finish first leaves no foe standing to place.
  const types = await page.getByTestId('log-entry').evaluateAll((entries) => entries.map((e) => e.getAttribute('data-type')));
  const laidAfterTheFight = types.includes('combat.ended') && types.lastIndexOf('map.arrived') > types.lastIndexOf('combat.ended');
  if (!laidAfterTheFight) {
    await expect.poll(() => page.evaluate(() => (window as unknown as { hostileTokens: number }).hostileTokens)).toBeGreaterThan(0);
  }
});

test('the draft API refuses bad input clearly', async ({ request }) => {
  const { id } = await (await request.post('/api/campaign-drafts')).json();
  const chat = `/api/campaign-drafts/${id}/chat`;
  expect((await request.post(chat, { data: { messages: [] } })).status()).toBe(400);
  expect((await request.post(chat, { headers: { 'content-type': 'application/json' }, data: Buffer.from('{nope') })).status()).toBe(400);
  const missing = await request.post('/api/campaign-drafts/00000000-0000-4000-8000-000000000000/chat', {
    data: { messages: [{ id: 'm', role: 'user', parts: [{ type: 'text', text: 'hi' }] }] },
  });
  expect(missing.status()).toBe(404);
  const save = await request.post(`/api/campaign-drafts/${id}/save`);
  expect(save.status()).toBe(409);
  expect((await save.json()).error.message).toContain('still missing');
  const edit = await request.patch(`/api/campaign-drafts/${id}`, { data: { draft: { partySize: 99 } } });
  expect(edit.status()).toBe(400);
  const unreadable = await request.post(chat, { data: { messages: [{ id: 'm', role: 'user', parts: [{ type: 'text' }] }] } });
  expect(unreadable.status()).toBe(400);
  expect((await unreadable.json()).error.message).toContain('not a conversation');
});

test('a reply the game master leaves mid-way still finishes, and its answer is kept', async ({ request, baseURL }) => {
  const { id } = await (await request.post('/api/campaign-drafts')).json();
  const leaving = new AbortController();
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const response = await fetch(`${baseURL}/api/campaign-drafts/${id}/chat`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ messages: [{ id: 'm', role: 'user', parts: [{ type: 'text', text: 'Grim and eerie' }] }] }),
    signal: leaving.signal,
  });
  expect(response.status).toBe(200);
  leaving.abort();
  await expect
    .poll(async () => (await (await request.get(`/api/campaign-drafts/${id}`)).json()).messages?.length ?? 0, { timeout: 15_000 })
    .toBe(2);
  const saved = await (await request.get(`/api/campaign-drafts/${id}`)).json();
  expect(saved.draft.tone).toBe('Grim and eerie');
});
