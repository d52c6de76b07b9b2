import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { useItem } from '@/lib/rules/actions/use-item';
import type { TableResolver } from '@/lib/rules/table-resolver';
import { characterRef, itemRef } from './goods-input';

const useItemInput = zodSchema(
  z.strictObject({
    characterId: characterRef.describe('who uses the item: it must be in their pack'),
    item: itemRef,
    targetId: characterRef.optional().describe('who drinks the potion or is tended, when not the user'),
    targetIds: z.array(characterRef).max(12).optional().describe('a scroll’s spell: the creatures it is cast on'),
    point: z.strictObject({ x: z.number().int().min(0), y: z.number().int().min(0) }).optional().describe('a scroll’s area spell: the square it is aimed at'),
    option: z.string().min(1).max(40).optional().describe('a scroll’s spell: a choice it offers'),
  }),
);

export function createUseItemTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Use up an item a character carries: drink or give a potion, drink antitoxin, stabilise a dying creature with a healer’s kit, read a spell scroll (its spell cast and resolved with the scroll’s numbers). The engine rolls what the item does (a Potion of Healing heals 2d4+2), removes it from the pack and, in a fight, spends the action.',
    inputSchema: useItemInput,
    execute: async (input) => resolver.act((turn) => useItem(turn, input)),
  });
}
