import { expect, test } from '@playwright/test';
import path from 'node:path';

const TITLE = 'The Sunken Shrine of Vel';

test('a game master plays a session, ends it, continues the campaign, and finds the recap, the quest log and what the party learned', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('campaign-sunken-shrine').getByTestId('start-session').click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  const firstUrl = page.url();
  await expect(page.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  await page.getByTestId('action-input').fill('I search the altar for traps');
  await page.getByTestId('action-input').press('Enter');
  const log = page.getByTestId('log');
  await expect(log.locator('[data-type="dm.narrated"][data-character="kestrel"]')).toHaveCount(1);
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction');

  // Ending asks first; keeping on playing changes nothing.
  await page.getByTestId('end-session').click();
  await page.getByRole('button', { name: 'Keep playing' }).click();
  await expect(page.getByTestId('session-ended')).toHaveCount(0);
  await page.getByTestId('end-session').click();
  await page.getByTestId('end-session-confirm').click();
  await expect(page.getByTestId('session-ended')).toBeVisible();

  await page.getByTestId('campaign-link').click();
  await expect(page).toHaveURL(/\/campaigns\/sunken-shrine$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(page.getByTestId('campaign-session-1')).toHaveAttribute('data-ended', 'true');
  const quests = page.getByTestId('quest-log');
  await expect(quests.getByTestId('fact')).toContainText([`The party set out on ${TITLE}.`]);
  await expect(quests.getByTestId('quest-status').first()).toHaveText('open');
  await expect(page.getByTestId('journal-session-1')).toBeVisible();
  await expect(page.getByTestId('campaign-party')).toContainText('Mira Thorne');

  // The game master has the DM remember where the adventure began, and corrects how it is written.
  const place = page.getByTestId('facts').locator('[data-kind="place"]').first();
  await expect(place).toContainText('The adventure began at');
  await place.getByTestId('fact-pin').click();
  await expect(page.getByTestId('facts').locator('[data-kind="place"][data-pinned="true"]')).toHaveCount(1);
  const pinned = page.getByTestId('facts').locator('[data-kind="place"][data-pinned="true"]');
  await pinned.getByTestId('fact-edit').click();
  await pinned.getByTestId('fact-text').fill('');
  await pinned.getByTestId('fact-save').click();
  await expect(pinned.getByTestId('fact-text')).toBeVisible();
  await pinned.getByTestId('fact-text').fill('The adventure began at the drowned shrine, under the bell.');
  await pinned.getByTestId('fact-save').click();
  await expect(pinned).toContainText('The adventure began at the drowned shrine, under the bell.');
  await expect(pinned).toContainText('corrected by');

  await page.getByTestId('continue-campaign').click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toBe(firstUrl);
  await expect(page.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  const recap = page.getByTestId('recap');
  await expect(recap).toContainText(`Previously on ${TITLE}…`);
  await expect(recap.locator('p')).not.toBeEmpty();
  await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/continued-session.png'), fullPage: true });

  // The new session plays on, and the old one takes no more actions.
  await page.getByTestId('action-input').fill('I look for the way down');
  await page.getByTestId('action-input').press('Enter');
  await expect(page.getByTestId('log').locator('[data-type="dm.narrated"][data-character="mira"]')).toHaveCount(1);
  const refused = await page.request.post(`${firstUrl.replace('/sessions/', '/api/sessions/')}/actions`, {
    data: { characterId: 'mira', text: 'I wait', idempotencyKey: 'after-the-end-0001' },
    headers: { Origin: new URL(firstUrl).origin },
  });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error.message).toBe('This session has ended; continue the campaign from its page');
  await page.goto(firstUrl);
  await expect(page.getByTestId('session-ended')).toBeVisible();
  await expect(page.getByTestId('action-input')).toHaveCount(0);

  await page.getByTestId('campaign-link').click();
  await expect(page.getByTestId('campaign-session-2')).toHaveAttribute('data-ended', 'false');
  await expect(page.getByTestId('continue-campaign')).toHaveCount(0);
  await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/campaign-page.png'), fullPage: true });
});
