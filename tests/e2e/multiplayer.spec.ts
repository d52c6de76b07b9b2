import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { actAndWatch, joinByInvite } from './table-steps';

const shots = path.join(import.meta.dirname, '../../test-results');

async function currentTurn(page: Page): Promise<string | null> {
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction', { timeout: 45_000 });
  const current = page.locator('[data-testid="initiative-entry"][data-current="true"]');
  return (await current.count()) ? current.getAttribute('data-id') : null;
}

test('a game master and an invited player share a table with an AI player, live, each acting only for their own', async ({ page: gm, browser, baseURL }) => {
  test.setTimeout(180_000);
  // Seeded dice: Kestrel gets a turn in the fight before Mira's, and the rats survive it.
  const opened = await gm.request.post('/api/sessions', { data: { campaignId: 'sunken-shrine', seed: 2 } });
  expect(opened.status()).toBe(201);
  await gm.goto((await opened.json()).url);
  await expect(gm.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  await gm.getByTestId('invite').click();
  const link = await gm.getByTestId('invite-link').inputValue();

  // The player arrives by the link in a browser of their own, chooses a name and Kestrel.
  const player = await joinByInvite(browser, baseURL, link, 'Sam', 'kestrel');

  // Each sees the other online, and Kestrel passes from the AI player to Sam.
  await expect(gm.locator('[data-testid="person"][data-online="true"]', { hasText: 'Sam' })).toBeVisible();
  await expect(player.locator('[data-testid="person"][data-online="true"]', { hasText: 'Robin' })).toBeVisible();
  await expect(gm.getByTestId('seat-kestrel')).toHaveAttribute('data-controller', 'human');
  await expect(player.getByTestId('action-input')).toHaveAttribute('aria-label', /Kestrel/);

  // Typing shows at the other end.
  await player.getByTestId('action-input').fill('I scout');
  await expect(gm.locator('[data-testid="person"]', { hasText: 'Sam' }).getByTestId('typing')).toBeVisible();

  // The player acts; both watch the narration stream in, then the AI player Aldric takes his turn.
  await actAndWatch(player, [gm], 'kestrel', 'I scout the corridor ahead');
  for (const viewer of [gm, player]) {
    await expect(viewer.getByTestId('log').locator('[data-type="player.acted"][data-character="aldric"]')).toHaveCount(1, { timeout: 30_000 });
  }

  // Mira is the game master's: the player's API call for her is refused.
  const forMira = await player.request.post(`${new URL(player.url()).pathname.replace('/sessions/', '/api/sessions/')}/actions`, {
    data: { characterId: 'mira', text: 'I act for Mira', idempotencyKey: 'sam-for-mira-1' },
  });
  expect(forMira.status()).toBe(403);

  // The game master leads the party into a fight; both see it.
  await expect(gm.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction', { timeout: 30_000 });
  await gm.getByTestId('action-input').fill('We go deeper into the shrine.');
  await gm.getByTestId('action-submit').click();
  await expect(player.getByTestId('initiative-tracker')).toBeVisible({ timeout: 30_000 });

  // Whenever it is Kestrel's turn Sam attacks, until it is Mira's: then Sam can neither click nor call.
  const actions = `${new URL(player.url()).pathname.replace('/sessions/', '/api/sessions/')}/actions`;
  let turn = await currentTurn(player);
  for (let i = 0; turn === 'kestrel' && i < 4; i++) {
    await player.getByTestId('action-input').fill('I attack the nearest giant rat');
    await player.getByTestId('action-submit').click();
    await expect(player.getByTestId('status')).not.toHaveAttribute('data-phase', 'awaitingAction', { timeout: 15_000 });
    turn = await currentTurn(player);
  }
  expect(turn).toBe('mira');
  await player.getByTestId('action-input').fill('I attack out of turn');
  await expect(player.getByTestId('action-submit')).toBeDisabled();
  const outOfTurn = await player.request.post(actions, { data: { characterId: 'kestrel', text: 'I attack out of turn', idempotencyKey: 'sam-early-1' } });
  expect(outOfTurn.status()).toBe(403);
  expect((await outOfTurn.json()).error.message).toMatch(/not Kestrel's turn/);
  await gm.getByTestId('action-input').fill('I attack the nearest giant rat');
  await expect(gm.getByTestId('action-submit')).toBeEnabled();
  // The game master changes Mira's hit points by hand; the player sees the change and the reason.
  await gm.getByTestId('edit-who').selectOption('mira');
  await gm.getByTestId('edit-hp').fill('3');
  await gm.getByTestId('edit-reason').fill('a trap the DM forgot');
  await gm.getByTestId('edit-submit').click();
  await expect(player.locator('[data-testid="log-entry"][data-type="gm.edited"]')).toContainText('a trap the DM forgot');
  await gm.screenshot({ path: path.join(shots, 'multiplayer-gm.png'), fullPage: true });
  await player.screenshot({ path: path.join(shots, 'multiplayer-player.png'), fullPage: true });

  // When the player leaves, the table shows them offline.
  await player.context().close();
  await expect(gm.locator('[data-testid="person"][data-online="false"]', { hasText: 'Sam' })).toBeVisible({ timeout: 15_000 });
});
