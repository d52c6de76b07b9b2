import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { buy, sell } from '@/lib/rules/actions/trade';
import type { TableResolver } from '@/lib/rules/table-resolver';
import { characterRef, itemRef } from './goods-input';

const tradeInput = zodSchema(
  z.strictObject({
    characterId: characterRef,
    item: itemRef,
    quantity: z.number().int().min(1).max(100).default(1).describe('how many lots (arrows come 20 to a lot) to buy, or pieces to sell'),
    merchant: z.string().min(1).max(80).describe('the id or name of a merchant this place has'),
  }),
);

export function createBuyTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Buy from a merchant this place has, at the price of their stock (SRD prices for equipment). The engine takes the coins, making change, and refuses what the character cannot afford. Not in a fight.',
    inputSchema: tradeInput,
    execute: async (input) => resolver.act((turn) => buy(turn, input)),
  });
}

export function createSellTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'Sell something the character carries to a merchant this place has, for half its price. Not in a fight.',
    inputSchema: tradeInput,
    execute: async (input) => resolver.act((turn) => sell(turn, input)),
  });
}
