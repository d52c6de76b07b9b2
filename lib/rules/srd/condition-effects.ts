import { z } from 'zod';
import { abilitySchema, conditionIdSchema, type ConditionId } from './common';

const mode = z.enum(['advantage', 'disadvantage']).nullable();

/**
 * A condition's mechanics as flags, written for Roundtable from the SRD 5.1
 * conditions appendix. `attacksAgainst` may depend on distance (prone: close
 * attackers have advantage, distant ones disadvantage); `whileSourceInSight`
 * marks effects that hold only while the source is in sight (frightened).
 */
export const conditionEffectSchema = z.object({
  id: conditionIdSchema,
  name: z.string(),
  /** Conditions this one carries with it (paralyzed → incapacitated). */
  includes: z.array(conditionIdSchema),
  noActionsOrReactions: z.boolean(),
  speed: z.enum(['unchanged', 'zero', 'crawl']),
  ownAttacks: mode,
  attacksAgainst: z.union([mode, z.object({ within5Feet: mode, beyond: mode })]),
  abilityChecks: mode,
  /** Checks that need this sense fail automatically. */
  failsChecksNeeding: z.enum(['sight', 'hearing']).nullable(),
  autoFailSaves: z.array(abilitySchema),
  saveDisadvantage: z.array(abilitySchema),
  /** Hits from within 5 feet are critical. */
  closeHitsCritical: z.boolean(),
  resistsAllDamage: z.boolean(),
  cannotApproachSource: z.boolean(),
  cannotAttackSource: z.boolean(),
  whileSourceInSight: z.boolean(),
});
export type ConditionEffect = z.infer<typeof conditionEffectSchema>;

const none: Omit<ConditionEffect, 'id' | 'name'> = {
  includes: [],
  noActionsOrReactions: false,
  speed: 'unchanged',
  ownAttacks: null,
  attacksAgainst: null,
  abilityChecks: null,
  failsChecksNeeding: null,
  autoFailSaves: [],
  saveDisadvantage: [],
  closeHitsCritical: false,
  resistsAllDamage: false,
  cannotApproachSource: false,
  cannotAttackSource: false,
  whileSourceInSight: false,
};

const helpless = { noActionsOrReactions: true, includes: ['incapacitated'] as ConditionId[], autoFailSaves: ['str', 'dex'] as const, attacksAgainst: 'advantage' as const };

const conditionData: ConditionEffect[] = [
  { ...none, id: 'blinded', name: 'Blinded', failsChecksNeeding: 'sight', ownAttacks: 'disadvantage', attacksAgainst: 'advantage' },
  { ...none, id: 'charmed', name: 'Charmed', cannotAttackSource: true },
  { ...none, id: 'deafened', name: 'Deafened', failsChecksNeeding: 'hearing' },
  { ...none, id: 'frightened', name: 'Frightened', ownAttacks: 'disadvantage', abilityChecks: 'disadvantage', cannotApproachSource: true, whileSourceInSight: true },
  { ...none, id: 'grappled', name: 'Grappled', speed: 'zero' },
  { ...none, id: 'incapacitated', name: 'Incapacitated', noActionsOrReactions: true },
  { ...none, id: 'invisible', name: 'Invisible', ownAttacks: 'advantage', attacksAgainst: 'disadvantage' },
  { ...none, ...helpless, id: 'paralyzed', name: 'Paralyzed', speed: 'zero', autoFailSaves: ['str', 'dex'], closeHitsCritical: true },
  { ...none, ...helpless, id: 'petrified', name: 'Petrified', speed: 'zero', autoFailSaves: ['str', 'dex'], resistsAllDamage: true },
  { ...none, id: 'poisoned', name: 'Poisoned', ownAttacks: 'disadvantage', abilityChecks: 'disadvantage' },
  { ...none, id: 'prone', name: 'Prone', speed: 'crawl', ownAttacks: 'disadvantage', attacksAgainst: { within5Feet: 'advantage', beyond: 'disadvantage' } },
  { ...none, id: 'restrained', name: 'Restrained', speed: 'zero', ownAttacks: 'disadvantage', attacksAgainst: 'advantage', saveDisadvantage: ['dex'] },
  { ...none, ...helpless, id: 'stunned', name: 'Stunned', speed: 'zero', autoFailSaves: ['str', 'dex'] },
  { ...none, ...helpless, id: 'unconscious', name: 'Unconscious', includes: ['incapacitated', 'prone'], speed: 'zero', autoFailSaves: ['str', 'dex'], closeHitsCritical: true },
  { ...none, id: 'exhaustion', name: 'Exhaustion' },
];

/**
 * What each level of exhaustion adds; levels are cumulative, and the sixth
 * is death.
 */
export const exhaustionLevels = [
  { level: 1, effect: 'disadvantage on ability checks' },
  { level: 2, effect: 'speed halved' },
  { level: 3, effect: 'disadvantage on attack rolls and saving throws' },
  { level: 4, effect: 'hit point maximum halved' },
  { level: 5, effect: 'speed reduced to 0' },
  { level: 6, effect: 'death' },
] as const;

const parsed = new Map(conditionData.map((c) => [c.id, conditionEffectSchema.parse(c)]));

export function conditionEffect(id: ConditionId): ConditionEffect {
  return parsed.get(id)!;
}

export function allConditionEffects(): ConditionEffect[] {
  return [...parsed.values()];
}

/** The effects of exhaustion at a level (0–6): every level's effect up to it. */
export function exhaustionEffects(level: number): string[] {
  return exhaustionLevels.filter((l) => l.level <= level).map((l) => l.effect);
}
