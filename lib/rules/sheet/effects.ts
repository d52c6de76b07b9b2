import { z } from 'zod';
import { abilities } from '../abilities';
import { conditionNames } from '../conditions';
import { damageTypeSchema } from '../damage-types';
import { diceSchema, idSchema } from '../srd/common';

const combatantId = z.string().min(1).max(64);
const abilitySchema = z.enum(abilities);
const rollKinds = z.enum(['attack roll', 'saving throw', 'ability check']);

/**
 * What an active effect does, as numbers the rules read. Each part is one
 * mechanical fact of a spell, item, feature or condition: the sheet
 * derivation applies the ones that change a sheet number (AC, speed,
 * resistances, hit point maximum, ability scores, weapon damage); the
 * others (roll dice, advantage) are read by the rolls they touch.
 */
export const effectModifierSchema = z.discriminatedUnion('kind', [
  /** +N to AC (Shield +5, Shield of Faith +2). */
  z.object({ kind: z.literal('ac bonus'), bonus: z.number().int().min(-10).max(10) }),
  /** AC becomes `base` (+ Dexterity modifier) while wearing no armour (Mage Armor). */
  z.object({ kind: z.literal('base ac'), base: z.number().int().min(1).max(30), addsDex: z.boolean() }),
  /** AC can be no lower than this (Barkskin). */
  z.object({ kind: z.literal('minimum ac'), ac: z.number().int().min(1).max(30) }),
  /** A die added to (sign 1) or taken from (sign -1) the holder's rolls of these kinds (Bless, Bane, Bardic Inspiration); `once` when one roll uses it up. */
  z.object({ kind: z.literal('roll bonus'), dice: diceSchema, sign: z.union([z.literal(1), z.literal(-1)]), rolls: z.array(rollKinds).min(1), once: z.boolean() }),
  z.object({ kind: z.literal('save bonus'), abilities: z.array(abilitySchema).min(1), bonus: z.number().int().min(-10).max(10) }),
  /**
   * Extra damage on the holder's hits: flat or dice, of the weapon's own type
   * when `type` is null (Rage's +2) or of its own (Divine Favor's radiant
   * 1d4); `against` limits it to one target (Hunter's Mark).
   */
  z.object({
    kind: z.literal('damage bonus'),
    dice: diceSchema,
    type: damageTypeSchema.nullable(),
    on: z.enum(['melee weapon attack', 'weapon attack', 'any attack']),
    against: combatantId.nullable().default(null),
  }),
  z.object({ kind: z.literal('resistance'), types: z.array(damageTypeSchema).min(1) }),
  z.object({ kind: z.literal('condition immunity'), conditions: z.array(z.enum([...conditionNames, 'exhaustion'])).min(1) }),
  /**
   * Advantage or disadvantage: on the holder's attack rolls, ability checks
   * or saving throws (of some abilities, when listed), or on attack rolls
   * against the holder; `once` when the first such roll uses it up (Guiding
   * Bolt's glow, Vicious Mockery).
   */
  z.object({
    kind: z.enum(['advantage', 'disadvantage']),
    on: z.enum(['attack rolls', 'ability checks', 'saving throws', 'attacks against it']),
    abilities: z.array(abilitySchema).default([]),
    once: z.boolean().default(false),
  }),
  /**
   * A condition the effect imposes for as long as it lasts (Hold Person's
   * paralysis): ending the effect ends the condition. `repeatSave` is the
   * save the holder makes at the end of each of its turns to end it, with
   * the DC the caster had when it was imposed.
   */
  z.object({
    kind: z.literal('condition'),
    condition: z.enum(conditionNames),
    repeatSave: z.object({ ability: abilitySchema, dc: z.number().int().min(1).max(30) }).nullable().default(null),
  }),
  /** Speed: + `bonus` feet, times `multiplier` (Longstrider +10, Haste ×2, Ray of Frost −10). */
  z.object({ kind: z.literal('speed'), bonus: z.number().int().min(-120).max(120).default(0), multiplier: z.number().min(0).max(4).default(1) }),
  /** The hit point maximum grows (Aid) while the effect lasts. */
  z.object({ kind: z.literal('hit point maximum'), bonus: z.number().int().min(-100).max(100) }),
  /** An ability score becomes `score` unless already higher (Potion of Giant Strength). */
  z.object({ kind: z.literal('ability score'), ability: abilitySchema, score: z.number().int().min(1).max(30) }),
]);
export type EffectModifier = z.infer<typeof effectModifierSchema>;

/**
 * One way an effect ends; an effect lists several when whichever comes
 * first ends it ("concentration, up to 1 minute").
 * - `turn`: at the start or end of a creature's turn in round `round` of the fight.
 * - `rounds`: `rounds` rounds after round `startedRound`, at the same point of the order.
 * - `minutes`: time passing outside a fight (a short rest is an hour, a long rest eight).
 * - `concentration`: when its source's creature stops concentrating on the source spell.
 * - `short rest` / `long rest`: when the holder finishes one (a long rest also ends short-rest effects).
 * - `damage`: when the holder takes any damage (a magical sleep).
 */
export const effectEndSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('turn'), edge: z.enum(['start', 'end']), of: combatantId, round: z.number().int().min(0) }),
  z.object({ kind: z.literal('rounds'), rounds: z.number().int().min(1).max(1000), startedRound: z.number().int().min(0) }),
  z.object({ kind: z.literal('minutes'), minutes: z.number().int().min(1).max(60 * 24 * 30) }),
  z.object({ kind: z.literal('concentration') }),
  z.object({ kind: z.literal('short rest') }),
  z.object({ kind: z.literal('long rest') }),
  z.object({ kind: z.literal('damage') }),
]);
export type EffectEnd = z.infer<typeof effectEndSchema>;

/**
 * Where an effect comes from: a spell, item, feature or condition by SRD
 * id, a hazard by the scene's id, or an action of the combat chapter by
 * name (`help`), and who caused it.
 */
export const effectSourceSchema = z.object({
  kind: z.enum(['spell', 'item', 'feature', 'condition', 'hazard', 'action']),
  id: idSchema,
  /** The creature that cast, used or imposed it (the holder itself for its own features, potions and the hazards that caught it). */
  by: combatantId,
});
export type EffectSource = z.infer<typeof effectSourceSchema>;

/** An active timed effect on a character or creature. */
export const effectSchema = z.object({
  /** Unique among the holder's effects, so one can be ended by id. */
  id: z.string().min(1).max(120),
  source: effectSourceSchema,
  modifiers: z.array(effectModifierSchema).max(12),
  ends: z.array(effectEndSchema).min(1).max(4),
});
export type Effect = z.output<typeof effectSchema>;
export type EffectInput = z.input<typeof effectSchema>;

export const effectsSchema = z.array(effectSchema).max(32);

/** The modifiers of a holder's effects, of one kind. */
export function modifiersOf<K extends EffectModifier['kind']>(effects: readonly Effect[], kind: K): Extract<EffectModifier, { kind: K }>[] {
  return effects.flatMap((e) => e.modifiers.filter((m): m is Extract<EffectModifier, { kind: K }> => m.kind === kind));
}
