import { z } from 'zod';
import { abilitySchema, conditionIdSchema, damageTypeSchema, idSchema, usageSchema, type Usage } from './common';

/**
 * What a racial trait does, as flags the engine can read. Written for
 * Roundtable from the SRD 5.1 race descriptions; the reference data names
 * the traits but does not structure these.
 */
export const traitMechanicsSchema = z.object({
  darkvision: z.number().int().positive().optional(),
  resistances: z.array(damageTypeSchema).optional(),
  /** Advantage on saves against these conditions (or against poison). */
  saveAdvantageAgainst: z.array(z.union([conditionIdSchema, z.literal('poison')])).optional(),
  /** Advantage on saves of these abilities against magic (Gnome Cunning). */
  saveAdvantageAgainstMagic: z.array(abilitySchema).optional(),
  immuneToMagicalSleep: z.boolean().optional(),
  /** A natural 1 on these rolls may be rerolled, and the new roll must be used (Lucky). */
  rerollNaturalOne: z.array(z.enum(['attack roll', 'ability check', 'saving throw'])).optional(),
  hitPointsPerLevel: z.number().int().positive().optional(),
  extraCriticalDice: z.number().int().positive().optional(),
  /** Dropping to 0 hit points without dying outright leaves 1 instead, once per long rest (Relentless Endurance). */
  dropToOneHitPoint: z.boolean().optional(),
  moveThroughLargerCreatures: z.boolean().optional(),
  /** Spells the trait lets its owner cast, from a character level, with their usage. */
  innateSpells: z.array(z.object({ spell: idSchema, fromLevel: z.number().int(), castAtLevel: z.number().int().optional(), usage: usageSchema })).optional(),
});

export type TraitMechanics = z.infer<typeof traitMechanicsSchema>;

const oncePerLongRest: Usage = { kind: 'per rest', times: 1, rests: ['long'] };

const traitMechanicsData: Record<string, TraitMechanics> = {
  darkvision: { darkvision: 60 },
  'dwarven-resilience': { resistances: ['poison'], saveAdvantageAgainst: ['poison'] },
  'dwarven-toughness': { hitPointsPerLevel: 1 },
  'fey-ancestry': { saveAdvantageAgainst: ['charmed'], immuneToMagicalSleep: true },
  'gnome-cunning': { saveAdvantageAgainstMagic: ['int', 'wis', 'cha'] },
  lucky: { rerollNaturalOne: ['attack roll', 'ability check', 'saving throw'] },
  brave: { saveAdvantageAgainst: ['frightened'] },
  'halfling-nimbleness': { moveThroughLargerCreatures: true },
  'hellish-resistance': { resistances: ['fire'] },
  'relentless-endurance': { dropToOneHitPoint: true },
  'savage-attacks': { extraCriticalDice: 1 },
  'infernal-legacy': {
    innateSpells: [
      { spell: 'thaumaturgy', fromLevel: 1, usage: { kind: 'at will' } },
      { spell: 'hellish-rebuke', fromLevel: 3, castAtLevel: 2, usage: oncePerLongRest },
      { spell: 'darkness', fromLevel: 5, usage: oncePerLongRest },
    ],
  },
};

const parsed = new Map(Object.entries(traitMechanicsData).map(([id, m]) => [id, traitMechanicsSchema.parse(m)]));

/** A trait's mechanics, or undefined when it has none the engine applies (Stonecunning, Trance…). */
export function traitMechanics(traitId: string): TraitMechanics | undefined {
  return parsed.get(traitId);
}

/** Every trait id with mechanics, for checks that each names a real trait. */
export function traitsWithMechanics(): string[] {
  return [...parsed.keys()];
}
