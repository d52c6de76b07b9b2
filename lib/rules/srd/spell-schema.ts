import { z } from 'zod';
import { areaSchema, damageTypeSchema, dataFileSchema, diceAtLevelSchema, idSchema, saveSchema } from './common';

export const spellSchools = [
  'abjuration',
  'conjuration',
  'divination',
  'enchantment',
  'evocation',
  'illusion',
  'necromancy',
  'transmutation',
] as const;

/** An SRD 5.1 spell's mechanical facts. Rule text comes from the imported rulebook, never from here. */
export const spellSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** 0 for a cantrip. */
  level: z.number().int().min(0).max(9),
  school: z.enum(spellSchools),
  castingTime: z.object({
    amount: z.number().int().positive(),
    unit: z.enum(['action', 'bonus action', 'reaction', 'minute', 'hour']),
  }),
  ritual: z.boolean(),
  range: z.discriminatedUnion('kind', [
    z.object({ kind: z.enum(['self', 'touch', 'sight', 'unlimited', 'special']) }),
    z.object({ kind: z.enum(['feet', 'miles']), amount: z.number().positive() }),
  ]),
  components: z.object({
    verbal: z.boolean(),
    somatic: z.boolean(),
    /** Null without a material component. `costGp` is the dearest stated worth, null when none is stated. */
    material: z.object({ costGp: z.number().positive().nullable(), consumed: z.boolean() }).nullable(),
  }),
  duration: z.discriminatedUnion('kind', [
    z.object({ kind: z.enum(['instantaneous', 'until dispelled', 'special']) }),
    z.object({ kind: z.enum(['rounds', 'minutes', 'hours', 'days']), amount: z.number().int().positive() }),
  ]),
  concentration: z.boolean(),
  /** Class ids whose spell list has it, and subclass ids that add it. */
  classes: z.array(idSchema),
  subclasses: z.array(idSchema),
  attack: z.enum(['melee', 'ranged']).nullable(),
  save: saveSchema.nullable(),
  /**
   * Damage by slot level (levelled spells) or by character level (cantrips),
   * each entry applying from its level on. `type` is null where no one type
   * is fixed (a roll picks it, or the dice are not damage, as Sleep's hit
   * point pool). `addsModifier`: the caster's
   * spellcasting ability modifier is added to the dice.
   */
  damage: z
    .object({
      type: damageTypeSchema.nullable(),
      scaling: z.enum(['slot level', 'character level']),
      dice: z.array(diceAtLevelSchema).min(1),
      addsModifier: z.boolean(),
    })
    .nullable(),
  /** Hit points restored by slot level; `addsModifier` as for damage. */
  healing: z.object({ dice: z.array(diceAtLevelSchema).min(1), addsModifier: z.boolean() }).nullable(),
  area: areaSchema.nullable(),
});

export type Spell = z.infer<typeof spellSchema>;
export type SpellSchool = (typeof spellSchools)[number];
export const spellsFileSchema = dataFileSchema('spells', spellSchema);
