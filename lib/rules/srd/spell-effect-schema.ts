import { z } from 'zod';
import { abilitySchema, conditionIdSchema, damageTypeSchema, diceSchema, idSchema } from './common';

const rolls = z.enum(['attack roll', 'saving throw', 'ability check']);

/** One mechanical effect of a spell on its targets, as data the engine can apply. */
export const spellEffectPartSchema = z.discriminatedUnion('kind', [
  /** Add (sign 1) or subtract (sign -1) a die to the targets' rolls of these kinds (Bless, Bane, Guidance). */
  z.object({ kind: z.literal('roll bonus'), dice: diceSchema, sign: z.union([z.literal(1), z.literal(-1)]), rolls: z.array(rolls).min(1), once: z.boolean() }),
  z.object({ kind: z.literal('ac bonus'), bonus: z.number().int() }),
  /** AC becomes `base` (+ Dexterity modifier) while not wearing armour (Mage Armor). */
  z.object({ kind: z.literal('base ac'), base: z.number().int(), addsDex: z.boolean() }),
  z.object({ kind: z.literal('minimum ac'), ac: z.number().int() }),
  z.object({ kind: z.literal('save bonus'), abilities: z.array(abilitySchema), bonus: z.number().int() }),
  /** Extra damage when the caster (or the target, for Divine Favor: the caster) hits with a weapon attack. */
  z.object({ kind: z.literal('extra damage'), dice: diceSchema, type: damageTypeSchema.nullable(), on: z.enum(['weapon hit', 'any hit']) }),
  /** Temporary hit points: dice (+ a flat amount per slot level above), or the spellcasting modifier at each turn's start. */
  z.object({
    kind: z.literal('temporary hit points'),
    dice: diceSchema.optional(),
    perSlotAbove: z.number().int().optional(),
    spellcastingModifierEachTurn: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('hit point maximum'), bonus: z.number().int(), perSlotAbove: z.number().int() }),
  z.object({
    kind: z.literal('advantage'),
    on: z.enum(['next attack against the target', 'attacks against the target', 'dexterity saves', 'attacks against metal-armoured target']),
  }),
  z.object({ kind: z.literal('disadvantage'), on: z.enum(['attacks against the target', "the target's next attack roll", 'attacks by certain creature types']) }),
  z.object({ kind: z.literal('speed'), bonus: z.number().int().optional(), multiplier: z.number().nonnegative().optional() }),
  z.object({ kind: z.literal('resistance'), types: z.array(damageTypeSchema).min(1) }),
  z.object({ kind: z.literal('push'), feet: z.number().int().positive() }),
  /** Roll `dice` (+ `perSlotAbove` per slot level above the spell's): creatures with the fewest hit points are affected first while the total lasts. */
  z.object({ kind: z.literal('hit point pool'), dice: diceSchema, perSlotAbove: diceSchema, condition: conditionIdSchema }),
  /**
   * A condition imposed on a failed save; `alternative` one the caster may
   * impose instead (Blindness/Deafness); `repeatSave` when the target saves
   * again to end it.
   */
  z.object({
    kind: z.literal('condition'),
    condition: conditionIdSchema,
    alternative: conditionIdSchema.optional(),
    repeatSave: z.enum(['end of each of its turns', 'when it takes damage', 'as an action']).nullable(),
  }),
  z.object({ kind: z.literal('condition immunity'), conditions: z.array(conditionIdSchema).min(1) }),
  /** Ends conditions on the target: all of them, or `choose` of them. */
  z.object({ kind: z.literal('ends conditions'), conditions: z.array(z.union([conditionIdSchema, z.literal('disease')])).min(1), choose: z.number().int().positive().nullable() }),
  z.object({ kind: z.literal('teleport'), feet: z.number().int().positive() }),
  z.object({ kind: z.literal('no reactions') }),
  z.object({ kind: z.literal('no healing') }),
  z.object({ kind: z.literal('ignores cover') }),
  z.object({ kind: z.literal('extra action') }),
  /** The spell's attack can be made again on later turns with this action (Spiritual Weapon). */
  z.object({ kind: z.literal('repeat attack'), action: z.enum(['action', 'bonus action']) }),
  /** Ends spells of the slot's level or lower outright; higher ones need a check against 10 + their level. */
  z.object({ kind: z.literal('counter spell'), checkDcBase: z.number().int() }),
  z.object({ kind: z.literal('revive'), hitPoints: z.number().int().positive(), deadAtMostMinutes: z.number().int().positive() }),
]);

/**
 * Who a spell affects: a number of creatures (+ more per slot level above
 * the spell's, or more by the caster's level for cantrips), everyone in
 * its area, or the caster. `unit` names what is counted when it is not
 * creatures (Magic Missile's darts); `onlyIf` limits the creature type;
 * `exclude` lists types it does nothing to.
 */
export const spellTargetsSchema = z.object({
  count: z.union([z.number().int().positive(), z.literal('area'), z.literal('self')]),
  perSlotAbove: z.number().int().nonnegative().optional(),
  byCharacterLevel: z.array(z.object({ level: z.number().int(), count: z.number().int().positive() })).optional(),
  unit: z.enum(['creature', 'dart', 'ray', 'beam']).optional(),
  onlyIf: z.enum(['humanoid']).optional(),
  exclude: z.array(z.enum(['undead', 'construct'])).optional(),
});

/**
 * The overlay's facts for one spell. `each` is the damage each dart, ray
 * or beam deals; `autoHit` that it needs no attack roll; `lasts` an ending
 * shorter than or apart from the spell's duration.
 */
export const spellEffectSchema = z.object({
  spell: idSchema,
  targets: spellTargetsSchema,
  autoHit: z.boolean().optional(),
  each: z.object({ dice: diceSchema, type: damageTypeSchema }).optional(),
  effects: z.array(spellEffectPartSchema),
  lasts: z.enum(['until the start of your next turn', 'until the end of your next turn', 'until its next turn ends']).optional(),
});

export type SpellEffect = z.infer<typeof spellEffectSchema>;
export type SpellEffectPart = z.infer<typeof spellEffectPartSchema>;
