import { z } from 'zod';
import { coinsSchema } from './sheet/inventory';
import { itemFacts } from './sheet/items';
import { costSchema, idSchema } from './srd/common';

/**
 * What a place holds for the taking or for sale, as the campaign's author
 * wrote it: containers with their contents and merchants with their stock.
 * Only the rules change these (loot empties a container; nothing refills
 * one), so every item and coin a character gains has a real source.
 */

const placeId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case').max(64);

/** Some of one item, by SRD id; a magic weapon or armour names its base, a spell scroll its spell. */
export const goodsStackSchema = z.object({
  item: idSchema,
  base: idSchema.nullable().default(null),
  quantity: z.number().int().min(1).max(10_000),
});
export type GoodsStack = z.output<typeof goodsStackSchema>;

function refineItems(stacks: ReadonlyArray<{ item: string; base: string | null }>, ctx: z.RefinementCtx, path: string): void {
  stacks.forEach((stack, i) => {
    if (!itemFacts(stack)) ctx.addIssue({ code: 'custom', message: `No SRD item "${stack.item}"`, path: [path, i, 'item'] });
  });
}

/**
 * A chest, a corpse's pouch, an altar's offering bowl: something in the
 * scene that holds items and coins. A locked one must be opened before
 * anything is taken; a trapped one is the DM's secret, for the hazard rules.
 */
export const containerSchema = z
  .object({
    id: placeId,
    name: z.string().min(1).max(80),
    items: z.array(goodsStackSchema).max(50).default([]),
    coins: coinsSchema.prefault({}),
    locked: z.boolean().default(false),
    trapped: z.boolean().default(false),
  })
  .superRefine((c, ctx) => refineItems(c.items, ctx, 'items'));
export type Container = z.output<typeof containerSchema>;
export type ContainerInput = z.input<typeof containerSchema>;

/**
 * One line of a merchant's stock. Mundane equipment sells at its SRD price
 * and may not name another; a magic item sells only at the price the
 * campaign gives it, since the SRD lists none.
 */
export const stockSchema = z.object({
  item: idSchema,
  base: idSchema.nullable().default(null),
  price: costSchema.nullable().default(null),
});
export type Stock = z.output<typeof stockSchema>;

/** Someone in the scene who sells what they stock and buys equipment at half its price. */
export const merchantSchema = z
  .object({
    id: placeId,
    name: z.string().min(1).max(80),
    stock: z.array(stockSchema).max(100).default([]),
  })
  .superRefine((m, ctx) => {
    refineItems(m.stock, ctx, 'stock');
    m.stock.forEach((line, i) => {
      const facts = itemFacts(line);
      if (facts?.magic && line.price === null) ctx.addIssue({ code: 'custom', message: `${facts.name} needs a price: the SRD lists none for magic items`, path: ['stock', i, 'price'] });
      if (facts && !facts.magic && line.price !== null) ctx.addIssue({ code: 'custom', message: `${facts.name} sells at its SRD price`, path: ['stock', i, 'price'] });
    });
  });
export type Merchant = z.output<typeof merchantSchema>;
export type MerchantInput = z.input<typeof merchantSchema>;

/** The scene's goods, as fields of the scene schema; scenes written before them have none. */
export const sceneGoodsShape = {
  /** Containers the campaign's author placed here, with what is in them. */
  containers: z.array(containerSchema).max(20).default([]),
  /** Merchants who trade here. */
  merchants: z.array(merchantSchema).max(5).default([]),
};
