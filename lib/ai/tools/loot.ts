import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { loot } from '@/lib/rules/actions/loot';
import type { TableResolver } from '@/lib/rules/table-resolver';
import { characterRef, coinsRef, itemRef } from './goods-input';

const lootInput = zodSchema(
  z.strictObject({
    characterId: characterRef.describe('who searches and takes'),
    from: z.string().min(1).max(80).describe('a defeated creature’s id, or the id or name of a container this place holds'),
    item: itemRef.optional().describe('one thing to take; leave out item and coins to take everything there'),
    quantity: z.number().int().min(1).max(10_000).optional().describe('how many of that item'),
    coins: z.union([z.literal('all'), coinsRef]).optional().describe('"all", or which coins to take'),
  }),
);

export function createLootTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Take items and coins from a dead, unconscious or helpless creature, or from a container this place holds (not a locked one). Only what is there can be taken, and it leaves its source. In a fight it takes the action.',
    inputSchema: lootInput,
    execute: async (input) => resolver.act((turn) => loot(turn, input)),
  });
}
