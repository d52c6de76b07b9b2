import { z } from 'zod';
import { idSchema } from '../srd/common';
import { buildSchema } from './build';
import { effectSchema } from './effects';
import { coinsSchema } from './inventory';
import { concentrationSchema } from './spellbook';

/** Names any character or creature at the table, as the other patches do. */
const characterId = z.string();
const stack = { item: idSchema, base: idSchema.nullable().default(null) };

/**
 * Changes to character sheets, in the engine's patch style: each carries
 * the resulting value, not a delta, so applying one twice changes nothing
 * the second time. The reducer (sheet-patches.ts) refuses what the rules
 * forbid and re-derives the sheet.
 */
export const sheetPatchSchemas = [
  /** How many of an item a character carries; 0 removes it. Adding an item with charges fills them. */
  z.object({ op: z.literal('character.item'), characterId, ...stack, quantity: z.number().int().min(0).max(100_000) }),
  /** Wears or holds, or stows, an item it carries. */
  z.object({ op: z.literal('character.equipped'), characterId, ...stack, equipped: z.boolean() }),
  /** Attunes to, or ends attunement with, a magic item it carries (at most three). */
  z.object({ op: z.literal('character.attuned'), characterId, ...stack, attuned: z.boolean() }),
  z.object({ op: z.literal('character.charges'), characterId, ...stack, charges: z.number().int().min(0) }),
  z.object({ op: z.literal('character.coins'), characterId, coins: coinsSchema }),
  /** Experience points, which only grow. */
  z.object({ op: z.literal('character.xp'), characterId, xp: z.number().int().min(0) }),
  /** A game master's correction of experience points, which may lower them (never below the character's level). */
  z.object({ op: z.literal('character.xpCorrection'), characterId, xp: z.number().int().min(0) }),
  /** Uses or points of a feature spent since it recovered. */
  z.object({ op: z.literal('character.resource'), characterId, featureId: idSchema, spent: z.number().int().min(0) }),
  /** A prepared caster's spells for the day. */
  z.object({ op: z.literal('character.prepared'), characterId, prepared: z.array(idSchema).max(40) }),
  /** Cantrips and spells known (or in a wizard's spellbook), as a level-up or a copied scroll changes them. */
  z.object({ op: z.literal('character.spellsKnown'), characterId, cantrips: z.array(idSchema).max(12), known: z.array(idSchema).max(100) }),
  z.object({ op: z.literal('character.concentration'), characterId, concentration: concentrationSchema.nullable() }),
  /** Puts an effect on a character or creature, replacing one with the same id. */
  z.object({ op: z.literal('character.effect'), characterId, effect: effectSchema }),
  z.object({ op: z.literal('character.effectEnded'), characterId, effectId: z.string().min(1).max(120) }),
  /** The build at the next level: a level-up. */
  z.object({ op: z.literal('character.build'), characterId, build: buildSchema }),
] as const;

export type SheetPatch = z.infer<(typeof sheetPatchSchemas)[number]>;

const sheetOps = new Set<string>(sheetPatchSchemas.map((s) => s.shape.op.value));

/** Whether a patch is one of the sheet's. */
export function isSheetPatch(patch: { op: string }): patch is SheetPatch {
  return sheetOps.has(patch.op);
}
