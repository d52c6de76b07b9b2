import { tool } from 'ai';
import { z } from 'zod';
import type { TurnResolver } from '@/lib/rules/turn-resolver';

const hpInput = z.object({
  characterId: z.string().describe('id of the character affected'),
  dice: z.string().max(20).describe('dice notation for the amount, e.g. 1d4 or 2d6+1'),
  reason: z.string().max(200).describe('what causes it'),
});

export function createDealDamageTool({ resolver }: { resolver: TurnResolver }) {
  return tool({
    description: 'Deal damage to a character. The dice are rolled by the rules engine; HP never drops below 0.',
    inputSchema: hpInput,
    execute: async ({ characterId, dice }) => {
      const change = resolver.damage(characterId, dice);
      return { characterId, damage: change.roll.total, roll: change.roll.text, hp: change.hpAfter };
    },
  });
}

export function createHealTool({ resolver }: { resolver: TurnResolver }) {
  return tool({
    description: 'Restore hit points to a character. The dice are rolled by the rules engine; HP never exceeds its maximum.',
    inputSchema: hpInput,
    execute: async ({ characterId, dice }) => {
      const change = resolver.heal(characterId, dice);
      return { characterId, healed: change.hpAfter - change.hpBefore, roll: change.roll.text, hp: change.hpAfter };
    },
  });
}
