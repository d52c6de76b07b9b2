import { z } from 'zod';
import { abilities, skillAbility, skills, type Ability, type Skill } from './abilities';
import { autoFailsSave, checkDisadvantages, saveDisadvantages } from './conditions';
import { combineModes, d20Notation, mergeSources, naturalD20, noModeSources, rollModeSchema, type ModeSources } from './d20';
import { diceRollRecordSchema, type DiceRollRecord } from './dice';
import { effectsOnRoll } from './effect-rolls';
import type { Combatant } from './state';
import { abilityMod, saveMod, skillMod } from './stats';

/** A d20 test against a DC: an ability check (with or without a skill) or a saving throw. */
export const checkResultSchema = z.object({
  characterId: z.string(),
  /** The skill, or the ability for a plain ability check or a saving throw. */
  skill: z.enum([...skills, ...abilities]),
  kind: z.enum(['check', 'save']).default('check'),
  dc: z.number().int(),
  modifier: z.number().int(),
  mode: rollModeSchema.default('normal'),
  roll: diceRollRecordSchema,
  success: z.boolean(),
  /** A natural 20 or 1 on the d20, worth calling out in narration. */
  critical: z.enum(['success', 'failure']).nullable(),
  /** A condition made the save fail whatever the die showed. */
  autoFailed: z.boolean().default(false),
  /** Effects that changed the roll (Bless's die, Bane's, advantage from Haste), by name. */
  effects: z.array(z.string()).optional(),
});

export type CheckResult = z.infer<typeof checkResultSchema>;

/** Rolls one d20 test; the caller supplies the roller so every roll is seeded and recorded. */
export type Roller = (notation: string) => DiceRollRecord;

function isSkill(value: Skill | Ability): value is Skill {
  return value in skillAbility;
}

function critical(natural: number): CheckResult['critical'] {
  return natural === 20 ? 'success' : natural === 1 ? 'failure' : null;
}

/**
 * An ability check, with a skill or a plain ability. Checks never succeed or
 * fail automatically on a 20 or a 1; only the total against the DC counts.
 */
export function abilityCheck(
  c: Combatant,
  skill: Skill | Ability,
  dc: number,
  roll: Roller,
  sources: ModeSources = noModeSources,
): CheckResult {
  const modifier = isSkill(skill) ? skillMod(c, skill) : abilityMod(c, skill);
  const effects = effectsOnRoll(c, 'ability check', isSkill(skill) ? skillAbility[skill] : skill);
  const mode = combineModes(mergeSources(sources, effects.modes, { advantage: [], disadvantage: checkDisadvantages(c) }));
  const record = roll(d20Notation(mode, modifier) + effects.dice);
  const natural = naturalD20(record, mode);
  return {
    characterId: c.id,
    skill,
    kind: 'check',
    dc,
    modifier,
    mode,
    roll: record,
    success: record.total >= dc,
    critical: critical(natural),
    autoFailed: false,
    effects: effects.named,
  };
}

/**
 * A saving throw. Paralysis, petrification, stun and unconsciousness fail
 * Strength and Dexterity saves outright; the die is still rolled and logged.
 */
export function savingThrow(
  c: Combatant,
  ability: Ability,
  dc: number,
  roll: Roller,
  sources: ModeSources = noModeSources,
  /** A bonus the situation adds, such as cover's to a Dexterity save. */
  bonus = 0,
): CheckResult {
  const modifier = saveMod(c, ability) + bonus;
  const effects = effectsOnRoll(c, 'saving throw', ability);
  const mode = combineModes(mergeSources(sources, effects.modes, { advantage: [], disadvantage: saveDisadvantages(c, ability) }));
  const record = roll(d20Notation(mode, modifier) + effects.dice);
  const autoFailed = autoFailsSave(c, ability);
  return {
    characterId: c.id,
    skill: ability,
    kind: 'save',
    dc,
    modifier,
    mode,
    roll: record,
    success: !autoFailed && record.total >= dc,
    critical: critical(naturalD20(record, mode)),
    autoFailed,
    effects: effects.named,
  };
}
