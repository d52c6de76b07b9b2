import path from 'node:path';
import { expect, test } from '@playwright/test';

const premise = 'A cursed abbey where the bells toll for the dead, and three pilgrims must climb the tower to silence them.';

test('a game master types a premise, gets a whole campaign, and plays it to its first fight', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByTestId('create-campaign').click();
  await expect(page.getByTestId('workshop')).toHaveAttribute('data-hydrated', 'true');
  await page.getByTestId('premise-input').fill(premise);
  await page.getByTestId('premise-submit').click();

  // Every part of the draft is there, on the premise's own theme, and in plain words.
  await expect(page.getByTestId('draft-status')).toContainText('Complete');
  await expect(page.getByTestId('premise-form')).toHaveCount(0);
  await expect(page.getByTestId('draft-setting')).toHaveValue(new RegExp(premise.slice(0, 40)));
  await expect(page.getByTestId('draft-locations')).toContainText('The Mourning Village');
  await expect(page.getByTestId('draft-villain')).not.toHaveText('—');
  await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/campaign-premise.png'), fullPage: true });

  // Every part can be changed by hand: here the villain and the party's size.
  await page.getByTestId('edit-draft-parts').click();
  await page.getByTestId('edit-villain').fill('Mother Brine: wants the bells to drown the valley, and the dead to sing');
  await page.getByTestId('edit-partySize').fill('4');
  await page.getByTestId('save-draft-parts').click();
  await expect(page.getByTestId('draft-villain')).toHaveText('Mother Brine: wants the bells to drown the valley, and the dead to sing');
  await expect(page.getByTestId('draft-editor')).toHaveCount(0);

  await page.getByTestId('save-campaign').click();
  await page.getByTestId('campaign-saved').getByTestId('start-session').click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.locator('[data-testid="log-entry"][data-type="session.started"]')).toContainText('The Mourning Village');
  await expect(page.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction');
  await page.getByTestId('action-input').fill('We go deeper.');
  await page.getByTestId('action-submit').click();
  // The first fight: the initiative tracker shows, or the AI players ended it before the page could look.
  await expect
    .poll(async () => (await page.getByTestId('initiative-tracker').count()) + (await page.locator('[data-testid="log-entry"][data-type="combat.ended"]').count()), { timeout: 30_000 })
    .toBeGreaterThan(0);
});

test('a premise too short, or for a draft already saved, is refused with the reason', async ({ request }) => {
  const { id } = await (await request.post('/api/campaign-drafts')).json();
  const short = await request.post(`/api/campaign-drafts/${id}/premise`, { data: { premise: 'bells' } });
  expect(short.status()).toBe(400);
  expect((await short.json()).error.message).toContain('at least a few words');
  expect((await request.post(`/api/campaign-drafts/${id}/premise`, { data: { premise } })).status()).toBe(200);
  expect((await request.post(`/api/campaign-drafts/${id}/save`)).status()).toBe(201);
  const again = await request.post(`/api/campaign-drafts/${id}/premise`, { data: { premise } });
  expect(again.status()).toBe(409);
});
