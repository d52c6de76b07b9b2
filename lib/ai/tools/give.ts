import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { give } from '@/lib/rules/actions/give';
import type { TableResolver } from '@/lib/rules/table-resolver';
import { characterRef, coinsRef, itemRef } from './goods-input';

const giveInput = zodSchema(
  z.strictObject({
    fromId: characterRef.describe('the party member giving: it must be their action'),
    toId: characterRef.describe('the party member receiving'),
    item: itemRef.optional(),
    quantity: z.number().int().min(1).max(10_000).optional(),
    coins: coinsRef.optional(),
  }),
);

export function createGiveTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'Hand an item or coins from one party member to another within reach. The giver must have them; they leave the giver’s pack.',
    inputSchema: giveInput,
    execute: async (input) => resolver.act((turn) => give(turn, input)),
  });
}
