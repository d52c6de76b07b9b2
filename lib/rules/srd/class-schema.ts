import { z } from 'zod';
import { abilitySchema, dataFileSchema, diceSchema, idSchema, skillSchema } from './common';

/** One thing in a starting-equipment option: an item and how many, or a free pick from an equipment category. */
export const equipmentPickSchema = z.union([
  z.object({ item: idSchema, quantity: z.number().int().positive(), ifProficient: z.literal(true).optional() }),
  z.object({ anyOf: idSchema, choose: z.number().int().positive() }),
]);

/** Choose `choose` of the options; each option is a list of picks taken together. */
export const equipmentChoiceSchema = z.object({
  choose: z.number().int().positive(),
  options: z.array(z.array(equipmentPickSchema).min(1)).min(1),
});

export const startingEquipmentSchema = z.object({
  fixed: z.array(z.object({ item: idSchema, quantity: z.number().int().positive() })),
  choices: z.array(equipmentChoiceSchema),
});
export type StartingEquipment = z.infer<typeof startingEquipmentSchema>;

/**
 * A class table column beyond the common ones, camelCased from the SRD
 * table (rageCount, sneakAttack, kiPoints, martialArts, channelDivinityCharges…):
 * a number, a yes/no, dice, or the sorcerer's slot-creation costs.
 */
export const columnValueSchema = z.union([
  z.number(),
  z.boolean(),
  diceSchema,
  z.array(z.object({ slotLevel: z.number().int(), sorceryPoints: z.number().int() })),
]);
export const columnsSchema = z.record(z.string(), columnValueSchema);

export const featureSchema = z.object({
  id: idSchema,
  name: z.string(),
  level: z.number().int().min(1).max(20),
  subclass: idSchema.nullable(),
  /** The feature this one is an option of (a fighting style's Archery). */
  parent: idSchema.nullable(),
  /** What the feature lets its owner pick: feature ids, skills, creature types or terrains; `choose` null when a column says how many. */
  options: z.object({ choose: z.number().int().positive().nullable(), from: z.array(z.string()).min(1) }).nullable(),
});
export type ClassFeature = z.infer<typeof featureSchema>;

/** One row of a class table. `slots` are spell slots of levels 1–9 (for warlock, the pact slots at their level). */
export const classLevelSchema = z.object({
  level: z.number().int().min(1).max(20),
  proficiencyBonus: z.number().int().min(2).max(6),
  abilityScoreImprovement: z.boolean(),
  features: z.array(idSchema),
  cantripsKnown: z.number().int().nonnegative().nullable(),
  spellsKnown: z.number().int().nonnegative().nullable(),
  slots: z.array(z.number().int().nonnegative()).length(9).nullable(),
  columns: columnsSchema,
});
export type ClassLevel = z.infer<typeof classLevelSchema>;

export const subclassSchema = z.object({
  id: idSchema,
  name: z.string(),
  /** What the class calls its subclasses: "Primal Path", "Divine Domain"… */
  flavor: z.string(),
  levels: z.array(z.object({ level: z.number().int().min(1).max(20), features: z.array(idSchema), columns: columnsSchema })),
  /** Spells the subclass always has, from a class level on (a land circle's also need its terrain feature). */
  spells: z.array(z.object({ spell: idSchema, level: z.number().int().min(1).max(20), feature: idSchema.optional() })),
});
export type Subclass = z.infer<typeof subclassSchema>;

export const classSchema = z.object({
  id: idSchema,
  name: z.string(),
  hitDie: z.number().int().min(6).max(12),
  savingThrows: z.array(abilitySchema).length(2),
  proficiencies: z.object({
    armor: z.array(z.enum(['light', 'medium', 'heavy', 'shield'])),
    /** "simple", "martial", or a weapon's equipment id. */
    weapons: z.array(z.string()),
    tools: z.array(idSchema),
  }),
  skillChoice: z.object({ choose: z.number().int().positive(), from: z.array(skillSchema).min(1) }),
  /** Tools and instruments to choose, by equipment id. */
  toolChoices: z.array(z.object({ choose: z.number().int().positive(), from: z.array(idSchema).min(1) })),
  startingEquipment: startingEquipmentSchema,
  /**
   * Null for classes without spells. Full casters get slots up to 9th level,
   * half casters up to 5th from class level 2, pact casters (warlock) a few
   * slots all of one level that return on a short rest.
   */
  spellcasting: z
    .object({
      ability: abilitySchema,
      progression: z.enum(['full', 'half', 'third', 'pact']),
      preparation: z.enum(['prepared', 'known']),
      fromLevel: z.number().int().min(1).max(3),
    })
    .nullable(),
  levels: z.array(classLevelSchema).length(20),
  subclasses: z.array(subclassSchema),
  features: z.array(featureSchema),
});

export type CharacterClass = z.infer<typeof classSchema>;
export const classesFileSchema = dataFileSchema('classes', classSchema);
