import { z } from 'zod';
import { dataFileSchema, idSchema } from './common';

export const magicItemCategories = ['ammunition', 'armor', 'potion', 'ring', 'rod', 'scroll', 'staff', 'wand', 'weapon', 'wondrous item'] as const;
export const rarities = ['common', 'uncommon', 'rare', 'very rare', 'legendary', 'artifact', 'varies'] as const;

/**
 * An SRD magic item. A family whose versions differ (Potion of Healing and
 * its greater kinds, +1/+2/+3 weapons) has a record of its own with rarity
 * "varies" and `variants`; each version names its family in `variantOf`.
 * The mechanical effects of common items are in magic-item-effects.ts.
 */
export const magicItemSchema = z.object({
  id: idSchema,
  name: z.string(),
  category: z.enum(magicItemCategories),
  rarity: z.enum(rarities),
  /**
   * Null when anyone can use it without attuning. `by` lists who may attune
   * (class ids, "spellcaster", a race id, "good" or "evil" alignment), empty
   * for anyone; `when` is a circumstance attuning needs.
   */
  attunement: z.object({ by: z.array(z.string()), when: z.literal('outdoors at night').optional() }).nullable(),
  variants: z.array(idSchema),
  variantOf: idSchema.nullable(),
});

export type MagicItem = z.infer<typeof magicItemSchema>;
export const magicItemsFileSchema = dataFileSchema('magicItems', magicItemSchema);
