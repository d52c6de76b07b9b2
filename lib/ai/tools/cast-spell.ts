import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import type { TableResolver } from '@/lib/rules/table-resolver';

const castSpellInput = zodSchema(
  z.object({
    casterId: z.string(),
    spell: z.string().min(1).max(60),
    level: z.number().int().min(0).max(9).describe('the spell’s level; 0 for a cantrip'),
    slotLevel: z.number().int().min(1).max(9).optional(),
    castingTime: z.enum(['action', 'bonus']).optional(),
  }),
);

export function createCastSpellTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Cast a spell: spends the action (or bonus action) and a spell slot of the level given. Resolve its effects afterwards with heal, saving_throw, deal_damage or apply_condition.',
    inputSchema: castSpellInput,
    execute: async ({ casterId, spell, level, slotLevel, castingTime }) => {
      const r = resolver.castSpell(casterId, { name: spell, level, slotLevel, castingTime });
      return { casterId, spell, slotLevel: r.slotLevel, slotsLeft: r.slotsLeft, saveDc: r.saveDc, attackBonus: r.attackBonus };
    },
  });
}
