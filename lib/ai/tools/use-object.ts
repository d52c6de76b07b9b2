import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { endingOf, useObject } from '@/lib/rules/actions/story-triggers';
import type { TableResolver } from '@/lib/rules/table-resolver';

const useObjectInput = zodSchema(z.strictObject({ characterId: z.string().min(1).max(64), objectId: z.string().min(1).max(64) }));

/** A character uses something the scene declares; what the story ties to it, the rules set off. */
export function createUseObjectTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'A character uses an object the scene declares (rings a bell, pulls a lever). What it sets off is the scene\'s, never yours; an object that takes skill needs ability_check, one that holds things needs loot.',
    inputSchema: useObjectInput,
    execute: async ({ characterId, objectId }) => {
      const r = resolver.act((turn) => useObject(turn, characterId, objectId));
      return { characterId, object: r.name, outcome: r.outcome, ...endingOf(r.triggered) };
    },
  });
}
