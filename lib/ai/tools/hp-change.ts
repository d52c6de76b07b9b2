import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { damageTypeSchema } from '@/lib/rules/damage-types';
import type { TableResolver } from '@/lib/rules/table-resolver';

const amount = z.string().max(20).describe('dice notation for the amount, e.g. 1d4 or 2d6+1');

const damageInput = zodSchema(z.object({ characterId: z.string(), dice: amount, type: damageTypeSchema.optional(), reason: z.string().max(200) }));
const healInput = zodSchema(z.object({ characterId: z.string(), dice: amount, reason: z.string().max(200) }));

export function createDealDamageTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'Deal damage that is not an attack (a trap, a fall, a hazard). The engine rolls the dice and applies resistances.',
    inputSchema: damageInput,
    execute: async ({ characterId, dice, type }) => {
      const change = resolver.damage(characterId, dice, { type });
      return { characterId, damage: change.hpBefore - change.hpAfter, roll: change.roll.text, hp: change.hpAfter };
    },
  });
}

export function createHealTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'Restore hit points to a character (after a spell, potion or successful first aid). HP never exceeds its maximum.',
    inputSchema: healInput,
    execute: async ({ characterId, dice }) => {
      const change = resolver.heal(characterId, dice);
      return { characterId, healed: change.hpAfter - change.hpBefore, roll: change.roll.text, hp: change.hpAfter };
    },
  });
}
