import path from 'node:path';
import { expect, test } from '@playwright/test';
import { bestiaryPdf } from '../../scripts/fixtures/bestiary-pdf';
import { startSampleSession } from './table-steps';

test('a game master imports a bestiary, chooses one chapter in the tree, and places one of its monsters at a table', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/rulebooks');
  await expect(page.getByTestId('rulebook-upload')).toHaveAttribute('data-hydrated', 'true');
  await page.getByTestId('rulebook-file').setInputFiles({ name: 'bestiary.pdf', mimeType: 'application/pdf', buffer: await bestiaryPdf() });
  await page.getByTestId('rulebook-upload-button').click();
  await expect(page).toHaveURL(/\/rulebooks\/imports\/[0-9a-f-]{36}$/);

  const picker = page.getByTestId('section-picker');
  await expect(picker).toBeVisible({ timeout: 30_000 });
  const tree = picker.getByRole('tree', { name: 'Sections' });
  const bestiary = tree.getByRole('treeitem').filter({ has: page.getByText('Bestiary', { exact: true }) }).first();
  const spells = tree.getByRole('treeitem').filter({ has: page.getByText('Spells', { exact: true }) }).first();

  // The search box finds a chapter by part of its name, and clearing it brings the whole book back.
  await picker.getByTestId('section-search').fill('spel');
  await expect(picker.getByTestId('section-matches')).toContainText('match');
  await expect(spells).toBeVisible();
  await expect(bestiary).toHaveCount(0);
  await picker.getByTestId('section-search').fill('');
  await expect(bestiary).toBeVisible();

  // One click chooses the bestiary alone.
  await bestiary.getByRole('button', { name: 'only this' }).first().click();
  await expect(bestiary.getByRole('checkbox').first()).toBeChecked();
  await expect(spells.getByRole('checkbox').first()).not.toBeChecked();
  await page.screenshot({ path: path.join(import.meta.dirname, '../../test-results/section-tree.png'), fullPage: true });
  await page.getByTestId('rule-system-name').fill('Barrow Beasts');
  await page.getByTestId('import-selected').click();
  await expect(page.getByTestId('import-done')).toBeVisible({ timeout: 30_000 });

  // The module holds what the chosen chapter's stat blocks say, and none of the spells left out.
  await page.goto('/rulebooks');
  await page.getByTestId('rule-system').filter({ hasText: 'Barrow Beasts' }).getByRole('link').first().click();
  const monsters = page.getByTestId('module-monsters');
  await monsters.locator('summary').click();
  await expect(monsters).toContainText('Barrow Warden');
  await expect(monsters).toContainText('AC 17, HP 110');
  await expect(page.getByTestId('module-spells')).toContainText('None read.');

  await startSampleSession(page);
  await page.getByTestId('place-monster').fill('Barrow');
  // The table plays by the imported book, so its monsters are offered beside the SRD's, named with their book.
  await expect(page.locator('#place-monster-names option[value="Barrow Warden (Barrow Beasts)"]')).toHaveCount(1);
  await page.getByTestId('place-monster').fill('Barrow Warden (Barrow Beasts)');
  await page.getByTestId('place-submit').click();
  await expect(page.getByTestId('log').locator('[data-type="gm.edited"]')).toContainText('placed 1 × Barrow Warden (Barrow Beasts), hostile');
  await expect(page.getByTestId('creatures').locator('[data-testid^="creature-"]').filter({ hasText: 'Barrow Warden' })).toContainText('Foe');
});
