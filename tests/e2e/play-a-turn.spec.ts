import { expect, test } from '@playwright/test';
import path from 'node:path';
import { startSampleSession } from './table-steps';

test('a player starts a session, acts, watches the narration stream and the companions act, and reloads the log', async ({ page }) => {
  await startSampleSession(page);

  // Record every text Mira's streaming draft shows, from inside the page, as it paints (the companions' drafts follow it).
  await page.evaluate(() => {
    const w = window as unknown as { draftTexts: string[] };
    w.draftTexts = [];
    new MutationObserver(() => {
      const draft = document.querySelector('[data-testid="narration-draft"][data-character="mira"] .entry-narration');
      const text = draft?.textContent ?? '';
      if (text && w.draftTexts.at(-1) !== text) w.draftTexts.push(text);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });

  await page.getByTestId('action-input').fill('I search the altar for traps');
  await page.getByTestId('action-input').press('Enter');

  const log = page.getByTestId('log');
  await expect(log.locator('[data-type="player.acted"][data-character="mira"]')).toHaveCount(1);
  await expect(log.locator('[data-type="dm.narrated"][data-character="mira"]')).toHaveCount(1);
  const paints = await page.evaluate(() => (window as unknown as { draftTexts: string[] }).draftTexts);
  expect(paints.length).toBeGreaterThan(1);
  expect(paints.at(-1)!.length).toBeGreaterThan(paints[0]!.length);

  for (const companion of ['aldric', 'kestrel']) {
    await expect(log.locator(`[data-type="player.acted"][data-character="${companion}"]`)).toHaveCount(1);
    await expect(log.locator(`[data-type="dm.narrated"][data-character="${companion}"]`)).toHaveCount(1);
  }
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction');
  await expect(log.getByTestId('dice').first()).toContainText('DC 13');
  const entries = await log.getByTestId('log-entry').allTextContents();
  await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/table.png'), fullPage: true });

  await page.reload();
  await expect(page.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByTestId('log').getByTestId('log-entry')).toHaveText(entries);
});
