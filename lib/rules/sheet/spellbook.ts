import { z } from 'zod';
import { idSchema } from '../srd/common';

/**
 * A character's spells by SRD id. `cantrips` are known cantrips. `known`
 * is what a known caster (bard, ranger, sorcerer, warlock) knows, and a
 * wizard's spellbook; clerics, druids and paladins leave it empty, since
 * they prepare from their whole class list. `prepared` is what a prepared
 * caster has ready today, besides the spells its subclass always prepares.
 */
export const characterSpellsSchema = z.object({
  cantrips: z.array(idSchema).max(12).default([]),
  known: z.array(idSchema).max(100).default([]),
  prepared: z.array(idSchema).max(40).default([]),
});
export type CharacterSpells = z.output<typeof characterSpellsSchema>;

/** A spell the character is concentrating on, whom it affects, and the level it was cast at. */
export const concentrationSchema = z.object({
  spell: idSchema,
  targets: z.array(z.string().min(1).max(64)).max(20).default([]),
  /** The slot spent, or null for a spell cast without one. */
  slotLevel: z.number().int().min(1).max(9).nullable(),
  /** The caster's level when cast, for effects that scale with it. */
  casterLevel: z.number().int().min(1).max(20),
});
export type Concentration = z.output<typeof concentrationSchema>;
