import { z } from 'zod';
import { effectiveMaxHp, refineCombatant } from '../combatant';
import { parseOnce } from '../parse-once';
import { levelForXp, xpForLevel } from '../srd/progression';
import { deriveSheet, type DerivedSheet } from './derive';
import { inventoryProblems } from './items';
import { characterFromLegacy } from './legacy';
import { isLegacyCharacter, legacyCharacterSchema, type LegacyCharacterInput } from './legacy-character';
import { concentrationProblems, spellProblems } from './spell-rules';
import { storedCharacterSchema, type StoredCharacter, type StoredCharacterInput } from './stored-character';

/**
 * A parsed character: what is stored (build, inventory, coins, XP, spells,
 * resources spent, effects and status) and every number derived from it.
 */
export type CharacterSheet = Omit<StoredCharacter, 'hp' | 'spellSlots'> & DerivedSheet & { hp: number };

/**
 * A character as written in a campaign, by the character builder, or
 * stored before builds existed (LegacyCharacterInput); fields added later
 * may be missing and take their defaults on parsing.
 */
export type Character = StoredCharacterInput | LegacyCharacterInput;

/** Characters from before builds become built ones; a malformed one reports what the old schema said. */
function migrate(value: unknown, ctx: z.RefinementCtx): unknown {
  if (!isLegacyCharacter(value)) return value;
  const legacy = legacyCharacterSchema.safeParse(value);
  if (legacy.success) return characterFromLegacy(legacy.data);
  for (const issue of legacy.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
}

/**
 * The stored character with its derived numbers. Spent resources are held
 * to what the character now has, and prepared spells to what it may now
 * prepare, so a lower score elsewhere (a headband taken off) narrows them
 * instead of making the sheet invalid.
 */
function toSheet(stored: StoredCharacter): CharacterSheet {
  const derived = deriveSheet(stored);
  const resources = Object.fromEntries(
    Object.entries(stored.resources).flatMap(([id, spent]) => {
      const limit = derived.resourceLimits[id];
      return limit ? [[id, limit.max === null ? spent : Math.min(spent, limit.max)]] : [];
    }),
  );
  const { alwaysPrepared, prepared: maxPrepared } = derived.spellLimits;
  const counted = stored.spells.prepared.filter((id) => !alwaysPrepared.includes(id));
  const prepared = maxPrepared !== null && counted.length > maxPrepared ? stored.spells.prepared.filter((id) => alwaysPrepared.includes(id) || counted.indexOf(id) < maxPrepared) : stored.spells.prepared;
  const hp = stored.hp ?? effectiveMaxHp({ maxHp: derived.maxHp, exhaustion: stored.exhaustion });
  return { ...stored, ...derived, hp, resources, spells: { ...stored.spells, prepared } };
}

function refineCharacter(c: CharacterSheet, ctx: z.RefinementCtx): void {
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', message, path: [path] });
  refineCombatant(c, ctx);
  if (c.hitDiceSpent > c.level) issue('hitDiceSpent', 'cannot spend more hit dice than levels');
  if (c.level > levelForXp(c.xp)) issue('xp', `${c.name} needs ${xpForLevel(c.level)} XP for level ${c.level}, not ${c.xp}`);
  for (const message of inventoryProblems(c.inventory, { classId: c.build.class.id, ancestryId: c.build.ancestry.id })) issue('inventory', message);
  for (const message of spellProblems(c.spells, c.spellLimits, c.build)) issue('spells', message);
  for (const message of concentrationProblems(c.concentration)) issue('concentration', message);
}

const schema = z.preprocess(migrate, storedCharacterSchema).transform(toSheet).superRefine(refineCharacter);

/**
 * A player character's sheet. Parsing derives every number the engine
 * reads (abilities, hit point maximum, AC, speed, proficiencies, attacks,
 * spellcasting, spell slots, resistances) from the build and gear, so no
 * patch, game master's edit or model output can set one; a character
 * stored before builds is converted first (legacy.ts).
 */
export const characterSchema = parseOnce(schema as unknown as z.ZodType<CharacterSheet, Character>);
