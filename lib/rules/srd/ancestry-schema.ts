import { z } from 'zod';
import { abilitySchema, areaSchema, costSchema, damageTypeSchema, diceAtLevelSchema, idSchema, saveSchema, skillSchema } from './common';
import { startingEquipmentSchema } from './class-schema';

const abilityBonusSchema = z.object({ ability: abilitySchema, bonus: z.number().int() });

/** Proficiencies a trait or background grants: armour categories, weapons ("simple", "martial" or ids), tools by id, skills. */
export const proficiencySetsSchema = z.object({
  armor: z.array(z.enum(['light', 'medium', 'heavy', 'shield'])),
  weapons: z.array(z.string()),
  tools: z.array(idSchema),
  skills: z.array(skillSchema),
});

/** Pick `choose` from `from` (ids), or from every language when `from` is "any". */
export const pickSchema = z.object({ choose: z.number().int().positive(), from: z.union([z.array(z.string()).min(1), z.literal('any')]) });

/**
 * A race, as the SRD calls it; Roundtable says ancestry. Darkvision,
 * resistances and other trait mechanics come from trait-mechanics.ts.
 */
export const ancestrySchema = z.object({
  id: idSchema,
  name: z.string(),
  size: z.enum(['small', 'medium']),
  speed: z.number().int().positive(),
  abilityBonuses: z.array(abilityBonusSchema),
  /** Increases to choose (half-elf: two different abilities +1 each). */
  abilityChoice: z.object({ choose: z.number().int().positive(), bonus: z.number().int(), from: z.array(abilitySchema) }).nullable(),
  languages: z.array(idSchema),
  languageChoice: pickSchema.nullable(),
  traits: z.array(idSchema),
  subraces: z.array(idSchema),
});

export const subraceSchema = z.object({
  id: idSchema,
  name: z.string(),
  ancestry: idSchema,
  abilityBonuses: z.array(abilityBonusSchema),
  traits: z.array(idSchema),
});

/** A racial trait's structured facts; a dragonborn's breath weapon and resistance come with its ancestry colour. */
export const traitSchema = z.object({
  id: idSchema,
  name: z.string(),
  ancestries: z.array(idSchema),
  subraces: z.array(idSchema),
  parent: idSchema.nullable(),
  proficiencies: proficiencySetsSchema,
  proficiencyChoice: pickSchema.nullable(),
  languageChoice: pickSchema.nullable(),
  /** Spells to choose from (a high elf's cantrip), or the trait's sub-options (a dragon colour). */
  spellChoice: pickSchema.nullable(),
  optionChoice: pickSchema.nullable(),
  damageType: damageTypeSchema.nullable(),
  breathWeapon: z.object({ area: areaSchema, save: saveSchema, damage: z.array(diceAtLevelSchema).min(1) }).nullable(),
});

export const backgroundSchema = z.object({
  id: idSchema,
  name: z.string(),
  proficiencies: proficiencySetsSchema,
  languageChoice: pickSchema.nullable(),
  startingEquipment: startingEquipmentSchema,
  startingGold: costSchema,
  feature: z.string(),
});

export type Ancestry = z.infer<typeof ancestrySchema>;
export type Subrace = z.infer<typeof subraceSchema>;
export type RacialTrait = z.infer<typeof traitSchema>;
export type Background = z.infer<typeof backgroundSchema>;

export const ancestriesFileSchema = z.object({
  source: z.string().min(50),
  ancestries: z.array(ancestrySchema),
  subraces: z.array(subraceSchema),
  traits: z.array(traitSchema),
});
export const backgroundsFileSchema = z.object({ source: z.string().min(50), backgrounds: z.array(backgroundSchema) });
