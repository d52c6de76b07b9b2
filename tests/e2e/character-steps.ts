import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Whose turn it is in the fight once the table waits for a person, or null when no fight is on. */
export async function currentTurn(page: Page): Promise<string | null> {
  await expect(page.getByTestId('status')).toHaveAttribute('data-phase', 'awaitingAction', { timeout: 45_000 });
  if ((await page.getByTestId('initiative-tracker').count()) === 0) return null;
  const current = page.locator('[data-testid="initiative-entry"][data-current="true"]');
  return (await current.count()) ? current.getAttribute('data-id') : null;
}

/** Opens a party member's sheet from the party panel; resolves with its XP line once it is read. */
export async function openSheet(page: Page, characterId: string): Promise<string> {
  await page.getByTestId(`open-sheet-${characterId}`).click();
  const xp = page.getByTestId('sheet-dialog').getByTestId('sheet-xp');
  await expect(xp).toBeVisible();
  return (await xp.textContent()) ?? '';
}

/**
 * Builds a human wizard step by step with the keyboard-friendly form (Next
 * on each step), standard-array scores with Intelligence highest, and a
 * portrait; resolves with the new character's page.
 */
export async function buildWizard(page: Page, shots: string): Promise<string> {
  const builder = page.getByTestId('builder');
  const next = () => builder.getByTestId('next-step').click();
  await builder.getByTestId('ancestry-human').check();
  await next();
  await builder.getByTestId('class-wizard').check();
  await next();
  await expect(builder.getByTestId('background-acolyte')).toBeChecked();
  await next();
  await builder.getByTestId('score-int').selectOption({ label: '15' });
  await builder.getByTestId('score-str').selectOption({ label: '8' });
  await expect(builder.getByTestId('builder-preview').getByTestId('ability-int')).toContainText('16');
  await page.screenshot({ path: path.join(shots, 'character-builder-abilities.png'), fullPage: true });
  await next();
  await builder.getByTestId('class-skills-arcana').check();
  await builder.getByTestId('class-skills-history').check();
  await expect(builder.getByTestId('class-skills-religion')).toBeDisabled();
  await next();
  await expect(builder.getByTestId('class-equipment-0-0')).toBeChecked();
  await next();
  for (const id of ['fire-bolt', 'light', 'mage-hand']) await builder.getByTestId(`cantrips-${id}`).check();
  for (const id of ['magic-missile', 'shield', 'sleep', 'burning-hands', 'mage-armor', 'detect-magic']) await builder.getByTestId(`spellbook-${id}`).check();
  for (const id of ['magic-missile', 'shield', 'sleep', 'burning-hands']) await builder.getByTestId(`prepared-${id}`).check();
  await expect(builder.getByTestId('preview-spellcasting')).toContainText('save DC 13');
  await page.screenshot({ path: path.join(shots, 'character-builder-spells.png'), fullPage: true });
  await next();
  await builder.getByTestId('character-name').fill('Ilsa Vantreck');
  await builder.getByTestId('character-persona').fill('Curious, careful, and certain the answer is in a book somewhere.');
  await builder.getByTestId('draw-portrait').click();
  await expect(builder.getByTestId('portrait')).toBeVisible();
  await expect(builder.getByTestId('builder-missing')).toHaveCount(0);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: path.join(shots, 'character-builder-phone.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  // Enter in the form goes on; on the last step it creates the character.
  await builder.getByTestId('character-name').press('Enter');
  await expect(page).toHaveURL(/\/characters\/[0-9a-f-]{36}$/);
  return new URL(page.url()).pathname;
}
