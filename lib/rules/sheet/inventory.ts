import { z } from 'zod';
import { idSchema } from '../srd/common';

/** The most magic items a creature can be attuned to at once. */
export const MAX_ATTUNED = 3;

/**
 * One kind of thing a character carries, by SRD id: mundane equipment
 * (`longsword`, `arrow`, `rope-hempen-50-feet`) or a magic item
 * (`potion-of-healing-common`, `ring-of-protection`). A magic weapon or
 * armour that the SRD does not tie to one base item names it in `base`
 * (`{ item: 'weapon-1', base: 'longsword' }`). Quantity counts pieces: 20
 * arrows are 20, not one bundle.
 */
export const inventoryItemSchema = z.object({
  item: idSchema,
  base: idSchema.nullable().default(null),
  quantity: z.number().int().min(1).max(100_000),
  /** Worn or in hand: armour and shields count for AC, weapons give attacks, worn magic items work. */
  equipped: z.boolean().default(false),
  attuned: z.boolean().default(false),
  /** Charges left, for items that have them (wands); null for the rest. */
  charges: z.number().int().min(0).max(100).nullable().default(null),
});

export type InventoryItem = z.output<typeof inventoryItemSchema>;
export type InventoryItemInput = z.input<typeof inventoryItemSchema>;

export const inventorySchema = z.array(inventoryItemSchema).max(200);

const coin = z.number().int().min(0).max(10_000_000).default(0);

/** Coins by kind; none may go below zero. */
export const coinsSchema = z.object({ cp: coin, sp: coin, ep: coin, gp: coin, pp: coin });
export type Coins = z.output<typeof coinsSchema>;

/** Two entries are the same stack when item and base agree. */
export function sameStack(a: { item: string; base: string | null }, b: { item: string; base?: string | null }): boolean {
  return a.item === b.item && a.base === (b.base ?? null);
}
