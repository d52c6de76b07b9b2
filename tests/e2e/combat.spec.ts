import path from 'node:path';
import { expect, test } from '@playwright/test';

test('a fight on the play screen: initiative, dice with outcomes, the why of a ruling, and the cost meter', async ({ page }) => {
  // The dice are seeded so the party's companions cannot end the fight before Mira's second turn.
  // A short window, so the log scrolls and reading back up it can be tried.
  await page.setViewportSize({ width: 1280, height: 560 });
  const opened = await page.request.post('/api/sessions', { data: { campaignId: 'sunken-shrine', seed: 2 } });
  expect(opened.status()).toBe(201);
  await page.goto((await opened.json()).url);
  await expect(page.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction');

  await page.getByTestId('action-input').fill('We go deeper into the shrine.');
  await page.getByTestId('action-submit').click();

  // Arriving at the stair starts a fight: the tracker lists everyone in initiative order, one of them current.
  const tracker = page.getByTestId('initiative-tracker');
  await expect(tracker).toBeVisible();
  await expect(tracker.getByTestId('initiative-entry')).toHaveCount(5);
  await expect(tracker.locator('[data-testid="initiative-entry"][data-current="true"]')).toHaveCount(1);
  await expect(page.getByTestId('creatures').getByTestId('creature-rat-1')).toBeVisible();
  // The battle map of the new place, with a token for each of the party and each rat.
  const map = page.getByTestId('battle-map');
  await expect(map.locator('svg').first()).toBeVisible();
  await expect(map.locator('[data-testid="map-token"][data-side="party"]')).toHaveCount(3);
  await expect(map.locator('[data-testid="map-token"][data-side="hostile"]')).toHaveCount(2);

  // Play until it is Mira's turn again, then attack.
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction', { timeout: 30_000 });
  await expect(tracker.locator('[data-testid="initiative-entry"][data-current="true"]')).toHaveAttribute('data-id', 'mira');
  // Left alone, the log follows the table to its newest entry.
  const log = page.getByTestId('log');
  await expect(page.getByTestId('jump-latest')).toBeHidden();
  expect(await log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeLessThan(48);
  // Someone reading back up the log is not pulled down by new entries; a button offers the newest.
  await log.evaluate((el) => el.scrollTo({ top: 0 }));
  await page.getByTestId('action-input').fill('I attack the nearest giant rat');
  await page.getByTestId('action-submit').click();
  await expect(page.locator('[data-testid="log-entry"][data-type="dm.narrated"][data-character="mira"]').nth(1)).toBeAttached({ timeout: 30_000 });
  await expect(page.getByTestId('jump-latest')).toBeVisible();
  expect(await log.evaluate((el) => el.scrollTop)).toBe(0);
  await page.getByTestId('jump-latest').click();
  await expect(page.getByTestId('jump-latest')).toBeHidden();
  await expect.poll(() => log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeLessThan(48);

  const attackRoll = page.locator('[data-testid="dice-roll"][data-outcome="hit"], [data-testid="dice-roll"][data-outcome="miss"]').first();
  await expect(attackRoll).toBeVisible();

  // Why? The ruling of the arrival shows the tool calls the DM made.
  const arrival = page.locator('[data-testid="log-entry"][data-type="dm.narrated"][data-character="mira"]').first();
  await arrival.getByTestId('why-toggle').click();
  const why = arrival.getByTestId('why-panel');
  await expect(why).toBeVisible();
  await expect(why.getByTestId('why-tool')).toHaveCount(2);
  await expect(why).toContainText('enter_location');
  await expect(why).toContainText('start_combat');

  const meter = page.getByTestId('usage-meter');
  await expect(meter.locator('[data-testid="usage-agent"][data-agent="dm"]')).toBeVisible();
  await expect(meter.getByTestId('usage-total')).toContainText('$0');
  await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/combat.png'), fullPage: true });
});

test('on a phone the log keeps to the newest entry while the table plays on its own', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const opened = await page.request.post('/api/sessions', { data: { campaignId: 'sunken-shrine', seed: 2 } });
  await page.goto((await opened.json()).url);
  await expect(page.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  await page.getByTestId('action-input').fill('We go deeper into the shrine.');
  await page.getByTestId('action-submit').click();
  // The fight starts and the companions and rats act before it comes back to Mira: many entries, none scrolled to by hand.
  await expect(page.getByTestId('initiative-tracker').locator('[data-testid="initiative-entry"][data-current="true"]')).toHaveAttribute('data-id', 'mira', { timeout: 30_000 });
  const log = page.getByTestId('log');
  await expect.poll(() => log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight)).toBeLessThan(48);
  await expect(page.getByTestId('jump-latest')).toBeHidden();
});
