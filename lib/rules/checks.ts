import { z } from 'zod';
import { abilityModifier, proficiencyBonus, skillAbility, skills, type Skill } from './abilities';
import { diceRollRecordSchema, rollDice } from './dice';
import type { Character } from './state';

export const checkResultSchema = z.object({
  characterId: z.string(),
  skill: z.enum(skills),
  dc: z.number().int(),
  modifier: z.number().int(),
  roll: diceRollRecordSchema,
  success: z.boolean(),
  /** A natural 20 or 1 on the d20, worth calling out in narration. */
  critical: z.enum(['success', 'failure']).nullable(),
});

export type CheckResult = z.infer<typeof checkResultSchema>;

export function skillModifier(character: Character, skill: Skill): number {
  const ability = skillAbility[skill];
  const base = abilityModifier(character.abilities[ability] ?? 10);
  return base + (character.proficiencies.includes(skill) ? proficiencyBonus(character.level) : 0);
}

function signed(n: number): string {
  return n >= 0 ? `+${n}` : `${n}`;
}

/** A d20 + modifier roll against a DC, as the SRD resolves ability checks. */
export function abilityCheck(character: Character, skill: Skill, dc: number, seed: number): CheckResult {
  const modifier = skillModifier(character, skill);
  const roll = rollDice(`1d20${modifier === 0 ? '' : signed(modifier)}`, seed);
  const natural = roll.faces[0]!;
  return {
    characterId: character.id,
    skill,
    dc,
    modifier,
    roll,
    success: roll.total >= dc,
    critical: natural === 20 ? 'success' : natural === 1 ? 'failure' : null,
  };
}
