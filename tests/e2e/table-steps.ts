import { expect, type Browser, type Page } from '@playwright/test';

/** A player arrives by an invite link in a browser of their own, chooses a name and a character. */
export async function joinByInvite(browser: Browser, baseURL: string | undefined, link: string, name: string, character: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const player = await context.newPage();
  await player.goto(link);
  await player.getByTestId('player-name').fill(name);
  await player.getByTestId('sign-in').click();
  await player.getByTestId(`choose-${character}`).check();
  await player.getByTestId('join-table').click();
  await expect(player).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(player.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  return player;
}

/** One person acts; everyone watching sees the narration stream in, then the action and its narration in the log. */
export async function actAndWatch(actor: Page, watchers: Page[], characterId: string, text: string) {
  const streamed = watchers[0]!.getByTestId('narration-draft').first().waitFor({ timeout: 20_000 });
  await actor.getByTestId('action-input').fill(text);
  await actor.getByTestId('action-submit').click();
  await streamed;
  for (const viewer of [actor, ...watchers]) {
    const log = viewer.getByTestId('log');
    await expect(log.locator(`[data-type="player.acted"][data-character="${characterId}"]`)).toContainText(text);
    await expect(log.locator(`[data-type="dm.narrated"][data-character="${characterId}"]`)).toHaveCount(1, { timeout: 30_000 });
  }
}

/** The game master opens a new table of the sample campaign from the home page and waits until it takes actions. */
export async function startSampleSession(page: Page) {
  await page.goto('/');
  await page.getByTestId('campaign-sunken-shrine').getByTestId('start-session').click();
  await expect(page).toHaveURL(/\/sessions\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction');
}
