import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildWizard, currentTurn, openSheet } from './character-steps';

const shots = path.join(import.meta.dirname, '../../test-results');

test('a player builds a wizard, brings it to a table, casts from the sheet, wins the fight and levels up', async ({ page: gm, browser, baseURL }) => {
  test.setTimeout(240_000);
  // Seeded dice, checked in-process: after the party reaches the stair the table waits for the wizard first,
  // one Magic Missile and the companions' blows end the fight, and nobody in the party falls.
  const opened = await gm.request.post('/api/sessions', { data: { campaignId: 'sunken-shrine', seed: 2 } });
  expect(opened.status()).toBe(201);
  const { url, sessionId } = await opened.json();
  await gm.goto(url);
  await expect(gm.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  await gm.getByTestId('invite').click();
  const link = await gm.getByTestId('invite-link').inputValue();

  // The player, in a browser of their own, signs in and builds a wizard with the standard array.
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const player = await context.newPage();
  await player.goto('/characters/new');
  await player.getByTestId('player-name').fill('Sam');
  await player.getByTestId('sign-in').click();
  const characterUrl = await buildWizard(player, shots);

  // The sheet page shows the whole sheet the rules derived.
  const sheet = player.getByTestId('character-sheet');
  await expect(sheet.getByTestId('sheet-name')).toHaveText('Ilsa Vantreck');
  await expect(sheet.getByTestId('stat-ac')).toContainText('12');
  await expect(sheet.getByTestId('stat-hp')).toContainText('8/8');
  await expect(sheet.getByTestId('spell-dc')).toHaveText('13');
  await expect(sheet.getByTestId('skill-arcana')).toHaveAttribute('data-mark', 'proficient');
  await expect(sheet.getByTestId('sheet-xp')).toContainText('level 2 at 300 XP');
  await player.screenshot({ path: path.join(shots, 'character-sheet.png'), fullPage: true });
  await player.setViewportSize({ width: 390, height: 844 });
  await player.screenshot({ path: path.join(shots, 'character-sheet-phone.png'), fullPage: true });
  await player.setViewportSize({ width: 1280, height: 800 });

  // The player opens the invitation and brings the wizard to the table.
  await player.goto(link);
  const characterId = characterUrl.split('/').pop()!;
  await player.getByTestId(`bring-${characterId}`).check();
  await player.screenshot({ path: path.join(shots, 'character-join.png'), fullPage: true });
  await player.getByTestId('join-table').click();
  await expect(player).toHaveURL(new RegExp(`/sessions/${sessionId}$`));
  await expect(player.getByTestId('table')).toHaveAttribute('data-hydrated', 'true');
  const member = gm.locator('[data-testid^="member-ilsa-vantreck-"]');
  await expect(member).toContainText('Ilsa Vantreck');
  const partyId = (await member.getAttribute('data-testid'))!.replace('member-', '');
  await expect(player.getByTestId('action-input')).toHaveAttribute('aria-label', /Ilsa Vantreck/);
  await expect(gm.locator('[data-testid="log-entry"][data-type="party.joined"]')).toContainText('Sam brings Ilsa Vantreck');

  // The game master leads the party down the stair, into the giant rats.
  await gm.getByTestId('action-input').fill('We go deeper into the shrine.');
  await gm.getByTestId('action-submit').click();
  await expect(player.getByTestId('initiative-tracker')).toBeVisible({ timeout: 45_000 });

  // Whenever it is the wizard's turn, the player casts Magic Missile from the sheet; Mira attacks on hers.
  let cast = false;
  for (let turn = await currentTurn(player); turn !== null; turn = await currentTurn(player)) {
    if (turn === partyId) {
      await castMagicMissile(player, partyId, cast);
      cast = true;
    } else {
      expect(turn).toBe('mira');
      const acted = actedBy(gm, 'mira');
      const before = await acted.count();
      await gm.getByTestId('action-input').fill('I attack the nearest giant rat');
      await gm.getByTestId('action-submit').click();
      await expect(acted).toHaveCount(before + 1, { timeout: 30_000 });
    }
  }
  expect(cast).toBe(true);
  await expect(player.locator('[data-testid="log-entry"][data-type="combat.ended"]')).toHaveText('The party wins the fight');
  const spell = player.locator(`[data-testid="log-entry"][data-type="dm.narrated"][data-character="${partyId}"]`).last();
  await expect(spell.getByTestId('dice-roll').first()).toBeVisible();

  // The game master awards a milestone that brings the party to 300 XP; AI players' characters level by themselves.
  const xp = Number((await openSheet(player, partyId)).match(/(\d+) XP/)![1]);
  await player.getByTestId('close-sheet').click();
  const award = await gm.request.post(`/api/sessions/${sessionId}/xp`, { data: { characterIds: 'party', amount: 300 - xp, reason: 'The stair is clear' } });
  expect(award.ok(), await award.text()).toBe(true);
  await expect(player.getByTestId('member-kestrel')).toContainText('Ranger 2', { timeout: 30_000 });

  // The player levels the wizard up from the sheet: average hit points, a tradition, two spells for the book.
  await openSheet(player, partyId);
  await player.getByTestId('level-up-open').click();
  const levelUp = player.getByTestId('level-up');
  await levelUp.getByTestId('hp-average').check();
  const subclass = levelUp.getByTestId('level-up-subclass');
  if (await subclass.count()) await subclass.selectOption({ index: 1 });
  await pickFirst(levelUp.getByTestId('level-up-learn'), 2);
  await player.screenshot({ path: path.join(shots, 'character-level-up.png'), fullPage: true });
  await levelUp.getByTestId('level-up-submit').click();
  const dialog = player.getByTestId('sheet-dialog');
  await expect(dialog.getByTestId('character-sheet')).toHaveAttribute('data-level', '2', { timeout: 30_000 });
  await expect(dialog.getByTestId('sheet-level')).toHaveText('level 2');
  await expect(dialog.getByTestId('stat-hp')).toContainText('/14');
  await player.screenshot({ path: path.join(shots, 'character-levelled.png'), fullPage: true });

  // The sheet page follows the character at its table.
  await player.goto(characterUrl);
  await expect(player.getByTestId('at-table')).toBeVisible();
  await expect(player.getByTestId('sheet-level')).toHaveText('level 2');
  await context.close();
});

/** Cast from the sheet: Cast, a giant rat as the target, and the words land in the action box for Act. */
async function castMagicMissile(player: Page, partyId: string, again: boolean) {
  await openSheet(player, partyId);
  const dialog = player.getByTestId('sheet-dialog');
  await dialog.getByTestId('cast-magic-missile').click();
  const target = dialog.getByTestId('cast-target').locator('[data-testid^="target-rat-"]').first();
  await target.click();
  await expect(player.getByTestId('sheet-dialog')).toHaveCount(0);
  await expect(player.getByTestId('action-input')).toHaveValue(/^I cast Magic Missile at the Giant Rat/);
  if (!again) await player.screenshot({ path: path.join(shots, 'character-cast.png'), fullPage: true });
  const acted = actedBy(player, partyId);
  const before = await acted.count();
  await player.getByTestId('action-submit').click();
  await expect(acted).toHaveCount(before + 1, { timeout: 30_000 });
  await expect(acted.last()).toContainText('Magic Missile');
}

/** The log's entries of what a character did. */
function actedBy(page: Page, characterId: string) {
  return page.locator(`[data-testid="log-entry"][data-type="player.acted"][data-character="${characterId}"]`);
}

async function pickFirst(group: ReturnType<Page['getByTestId']>, count: number) {
  const boxes = group.locator('input[type="checkbox"]');
  for (let i = 0; i < count; i++) await boxes.nth(i).check();
}
