import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { abilities, skills } from '@/lib/rules/abilities';
import { DM_RULING, makeCheck } from '@/lib/rules/actions/ability-check';
import { endingOf } from '@/lib/rules/actions/story-triggers';
import type { TableResolver } from '@/lib/rules/table-resolver';

const skillOrAbility = z.enum([...skills, ...abilities]);

const abilityCheckInput = zodSchema(
  z.strictObject({
    characterId: z.string().min(1).max(64),
    skill: skillOrAbility.describe('a skill, or an ability for a plain ability check'),
    obstacleId: z.string().min(1).max(64).optional().describe("an obstacle the scene declares, whose DC the check is against; without one, the scene's DC"),
    opposedBy: z
      .strictObject({ creatureId: z.string().min(1).max(64), skill: skillOrAbility })
      .optional()
      .describe("a contest: the creature rolls this skill and the character must beat its total"),
    advantage: z.boolean().optional().describe("advantage granted by the DM's ruling (the log says so)"),
    disadvantage: z.boolean().optional().describe("disadvantage imposed by the DM's ruling (the log says so)"),
    reason: z.string().max(200),
  }),
);

export function createAbilityCheckTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      "Roll an ability check (d20 + modifier) for a character: against an obstacle the scene declares (its DC), in a contest with a creature (its roll), or else against the scene's DC. The DC always comes from the rules, never from you.",
    inputSchema: abilityCheckInput,
    execute: async ({ characterId, skill, obstacleId, opposedBy, advantage, disadvantage }) => {
      const r = resolver.act((turn) => makeCheck(turn, characterId, skill, { obstacleId, opposedBy }, { advantage, disadvantage }));
      const { check, obstacle, contest, triggered } = r;
      const ruling = [...(advantage ? ['advantage'] : []), ...(disadvantage ? ['disadvantage'] : [])].map((m) => `${m} (${DM_RULING})`);
      return {
        characterId,
        skill,
        dc: check.dc,
        total: check.roll.total,
        roll: check.roll.text,
        success: check.success,
        critical: check.critical,
        ...(ruling.length ? { ruling } : {}),
        ...(obstacle
          ? { source: `obstacle: ${obstacle.name}`, result: check.success ? obstacle.success : obstacle.failure, ...(!check.success && obstacle.hazardId ? { setsOff: obstacle.hazardId } : {}) }
          : {}),
        ...(triggered.length ? { triggered: triggered.map((t) => t.says), ...endingOf(triggered) } : {}),
        ...(contest ? { source: 'contest', opposedBy: contest.creatureId, theirTotal: contest.check.roll.total, theirRoll: contest.check.roll.text } : {}),
      };
    },
  });
}
