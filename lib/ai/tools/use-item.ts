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
  }),
);

export function createUseItemTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Use up an item a character carries: drink or give a potion, drink antitoxin, stabilise a dying creature with a healer’s kit, read a spell scroll. The engine rolls what the item does (a Potion of Healing heals 2d4+2), removes it from the pack and, in a fight, spends the action.',
    inputSchema: useItemInput,
    execute: async (input) => resolver.act((turn) => useItem(turn, input)),
  });
}
