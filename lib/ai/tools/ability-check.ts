import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { abilities, skills } from '@/lib/rules/abilities';
import type { TableResolver } from '@/lib/rules/table-resolver';

const abilityCheckInput = zodSchema(
  z.object({
    characterId: z.string(),
    skill: z.enum([...skills, ...abilities]).describe('a skill, or an ability for a plain ability check'),
    dc: z.number().int().min(5).max(30).optional().describe("difficulty class; defaults to the scene's"),
    advantage: z.boolean().optional(),
    disadvantage: z.boolean().optional(),
    reason: z.string().max(200),
  }),
);

export function createAbilityCheckTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'Roll an ability check (d20 + modifier) for a character against a difficulty class.',
    inputSchema: abilityCheckInput,
    execute: async ({ characterId, skill, dc, advantage, disadvantage }) => {
      const r = resolver.check(characterId, skill, dc, { advantage, disadvantage });
      return { characterId, skill, dc: r.dc, total: r.roll.total, roll: r.roll.text, success: r.success, critical: r.critical };
    },
  });
}
