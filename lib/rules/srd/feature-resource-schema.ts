import { z } from 'zod';
import { abilitySchema, damageTypeSchema, diceAtLevelSchema, diceSchema, idSchema } from './common';

/**
 * How many times a feature can be used before it recovers: a fixed count,
 * a class-table column (`rageCount`), a count that grows by level, or an
 * ability modifier with a floor ("Charisma modifier, minimum 1") plus a
 * constant (Divine Sense: 1 + Charisma modifier).
 */
export const usesSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fixed'), count: z.number().int().positive() }),
  z.object({ kind: z.literal('column'), column: z.string() }),
  z.object({ kind: z.literal('table'), byLevel: z.array(z.object({ level: z.number().int(), count: z.number().int().positive() })).min(1) }),
  z.object({ kind: z.literal('ability modifier'), ability: abilitySchema, minimum: z.number().int(), plus: z.number().int() }),
]);

/**
 * When spent uses return. `short rest` means a short or a long rest.
 * `shortRestFrom` is the class level from which a long-rest feature also
 * returns on a short rest (Bardic Inspiration with Font of Inspiration);
 * `onlyAfter` a rest the feature can only be used at the end of (Arcane
 * Recovery: once a day, when finishing a short rest).
 */
export const recoverySchema = z.object({
  on: z.enum(['short rest', 'long rest', 'day', 'turn']),
  shortRestFrom: z.number().int().min(1).max(20).optional(),
  onlyAfter: z.literal('short rest').optional(),
});

/** A pool of points spent a few at a time: hit points (level × perLevel) or a class-table column. */
export const poolSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('per level'), perLevel: z.number().int().positive(), of: z.enum(['hit points']) }),
  z.object({ kind: z.literal('column'), column: z.string(), of: z.enum(['ki points', 'sorcery points']) }),
]);

/** What a feature does, where it is simple enough to state as numbers. */
export const featureEffectSchema = z.discriminatedUnion('kind', [
  /** Regain `dice` plus the class level (Second Wind). */
  z.object({ kind: z.literal('heal self'), dice: diceSchema, addClassLevel: z.boolean() }),
  z.object({ kind: z.literal('extra action') }),
  /** Rage: bonus melee damage from a column, resistances, advantage on Strength checks and saves. */
  z.object({
    kind: z.literal('rage'),
    damageBonusColumn: z.string(),
    resistances: z.array(damageTypeSchema),
    advantageOn: z.array(z.enum(['strength checks', 'strength saves'])),
    minutes: z.number().int().positive(),
  }),
  /** A die another creature adds to one check, attack or save (Bardic Inspiration). */
  z.object({ kind: z.literal('inspiration die'), dieColumn: z.string(), addsTo: z.array(z.enum(['ability check', 'attack roll', 'saving throw'])) }),
  /** Extra damage on a hit, once per turn: dice from a column or a level table. */
  z.object({
    kind: z.literal('extra damage'),
    dice: z.union([z.object({ column: z.string() }), z.object({ byLevel: z.array(diceAtLevelSchema).min(1) })]),
    type: damageTypeSchema.nullable(),
    oncePerTurn: z.boolean(),
  }),
  /** Divine Smite: base dice for a 1st-level slot, more per slot level above, a cap, and more against some creature types. */
  z.object({
    kind: z.literal('smite'),
    base: diceSchema,
    perSlotAbove: diceSchema,
    maxDice: z.number().int().positive(),
    bonusAgainst: z.array(z.string()),
    bonus: diceSchema,
    type: damageTypeSchema,
  }),
  /** Recover spell slots of combined level up to half the class level (rounded up), none above `maxSlotLevel`. */
  z.object({ kind: z.literal('slot recovery'), maxSlotLevel: z.number().int() }),
  /** Attacks per Attack action: a fixed number, or 1 + a column. */
  z.object({ kind: z.literal('attacks'), attacks: z.union([z.number().int().positive(), z.object({ column: z.string() })]) }),
  z.object({ kind: z.literal('wild shape'), maxCrColumn: z.string(), hoursPerTwoLevels: z.number() }),
  z.object({ kind: z.literal('reroll failed save') }),
  z.object({ kind: z.literal('halve attack damage') }),
  z.object({ kind: z.literal('critical range'), minimum: z.number().int().min(2).max(20) }),
  z.object({ kind: z.literal('unarmored defense'), base: z.number().int(), abilities: z.array(abilitySchema) }),
  /** Divide level × perLevel hit points among creatures, up to half each one's maximum (Preserve Life). */
  z.object({ kind: z.literal('divided healing'), perLevel: z.number().int(), capAtHalfMaximum: z.boolean() }),
  /** Healing spells restore `flat` + the spell's level more (Disciple of Life). */
  z.object({ kind: z.literal('healing bonus'), flat: z.number().int(), addSpellLevel: z.boolean() }),
  /** Spend ki for a benefit (Flurry of Blows, Patient Defense, Step of the Wind, Stunning Strike). */
  z.object({ kind: z.literal('ki feature'), cost: z.number().int().positive() }),
  z.object({ kind: z.literal('channel divinity') }),
  /** Unarmed strikes and monk weapons use the Martial Arts die from a column. */
  z.object({ kind: z.literal('martial arts'), dieColumn: z.string() }),
]);

/** The overlay's entry for a feature: its id first, then the ids of its later upgrades (Bardic Inspiration d8…). */
export const featureResourceSchema = z.object({
  features: z.array(idSchema).min(1),
  uses: usesSchema.optional(),
  pool: poolSchema.optional(),
  recovery: recoverySchema.optional(),
  action: z.enum(['action', 'bonus action', 'reaction', 'free', 'passive']),
  effect: featureEffectSchema.optional(),
});

export type FeatureResource = z.infer<typeof featureResourceSchema>;
export type FeatureEffect = z.infer<typeof featureEffectSchema>;
