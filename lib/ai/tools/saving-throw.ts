import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { abilities } from '@/lib/rules/abilities';
import type { TableResolver } from '@/lib/rules/table-resolver';

const savingThrowInput = zodSchema(
  z.object({
    characterId: z.string(),
    ability: z.enum(abilities),
    dc: z.number().int().min(5).max(30),
    reason: z.string().max(200),
  }),
);

export function createSavingThrowTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'Roll a saving throw for a character or creature against a DC.',
    inputSchema: savingThrowInput,
    execute: async ({ characterId, ability, dc }) => {
      const r = resolver.save(characterId, ability, dc);
      return { characterId, ability, dc, total: r.roll.total, roll: r.roll.text, success: r.success };
    },
  });
}
