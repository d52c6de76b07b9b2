import path from 'node:path';
import { expect, test } from '@playwright/test';

test('a new player reads the place at a glance, talks to Old Marrow, rings the silver bell and takes the stair down', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await page.getByTestId('campaign-sunken-shrine').getByTestId('start-session').click();
  await expect(page.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction');

  // The place at a glance: its way on, its people and its things, each a button that writes the words.
  const scene = page.getByTestId('scene-panel');
  await expect(scene).toContainText('The Flooded Nave');
  await expect(scene.getByTestId('scene-spiral-stair')).toHaveText('the spiral stair');
  await scene.getByTestId('scene-old-marrow').click();
  await expect(page.getByTestId('action-input')).toHaveValue('I talk to Old Marrow.');
  await page.getByTestId('action-submit').click();
  const mine = page.locator('[data-testid="log-entry"][data-type="dm.narrated"][data-character="mira"]');
  // Old Marrow answers with something the author gave him to tell, not a Perception roll.
  await expect(mine.last()).toContainText(/Old Marrow.*"(The bells|My grandmother|Go down)/);
  await expect(mine.last()).not.toContainText('Perception');
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction', { timeout: 45_000 });

  // Plain words, a typo and all: the bell is rung, and the story answers as the nave's secret says.
  await page.getByTestId('action-input').fill('I ring the silver bel on the altar');
  await page.getByTestId('action-submit').click();
  await expect(mine.last()).toContainText('Something in the deep chamber is awake now', { timeout: 30_000 });
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction', { timeout: 45_000 });

  // "Down to the crypt" is past the stair: the DM takes the party down the one way there is.
  await page.getByTestId('action-input').fill('I move to the stairs and go down to the crypt');
  await page.getByTestId('action-submit').click();
  await expect(scene).toContainText('The Slick Stair', { timeout: 30_000 });
  await expect(scene.getByTestId('scene-crypt-door')).toBeVisible();
  await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/sample-adventure.png'), fullPage: true });
});
