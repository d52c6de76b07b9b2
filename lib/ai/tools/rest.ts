import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import type { TableResolver } from '@/lib/rules/table-resolver';

const restInput = zodSchema(z.strictObject({ characterId: z.string(), kind: z.enum(['short', 'long']), hitDice: z.number().int().min(0).max(20).optional() }));

export function createRestTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'A character takes a short rest (spending hit dice to heal) or a long rest. Not possible during a fight.',
    inputSchema: restInput,
    execute: async ({ characterId, kind, hitDice }) => {
      const r = resolver.rest(characterId, kind, { hitDice });
      return { characterId, kind, hpBefore: r.hpBefore, hpAfter: r.hpAfter };
    },
  });
}
