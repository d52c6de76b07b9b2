import { tool } from 'ai';
import { z } from 'zod';
import { skills } from '@/lib/rules/abilities';
import type { TurnResolver } from '@/lib/rules/turn-resolver';

export function createAbilityCheckTool({ resolver }: { resolver: TurnResolver }) {
  return tool({
    description:
      'Roll an ability check (d20 + modifier) for a character against a difficulty class. Returns the roll and whether it succeeded.',
    inputSchema: z.object({
      characterId: z.string().describe('id of the character making the check'),
      skill: z.enum(skills).describe('the skill the check uses'),
      dc: z.number().int().min(5).max(30).optional().describe("difficulty class; defaults to the scene's"),
      reason: z.string().max(200).describe('what the check is for'),
    }),
    execute: async ({ characterId, skill, dc }) => {
      const result = resolver.check(characterId, skill, dc);
      return {
        characterId,
        skill,
        dc: result.dc,
        total: result.roll.total,
        roll: result.roll.text,
        success: result.success,
        critical: result.critical,
      };
    },
  });
}
