import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import type { TableResolver } from '@/lib/rules/table-resolver';

const attackInput = zodSchema(
  z.object({
    attackerId: z.string(),
    targetId: z.string(),
    attackName: z.string().describe('the name of one of the attacker’s attacks, or "unarmed strike"'),
  }),
);

export function createAttackTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      "Make one attack with one of the attacker's attacks (by name) against a target. The engine checks turn, reach and range, rolls to hit and applies the damage on a hit.",
    inputSchema: attackInput,
    execute: async ({ attackerId, targetId, attackName }) => {
      const r = resolver.attack(attackerId, targetId, attackName);
      const target = [...resolver.state.party, ...resolver.state.creatures].find((c) => c.id === targetId);
      return {
        attackerId,
        targetId,
        attack: attackName,
        hit: r.hit,
        critical: r.critical,
        roll: r.roll.text,
        targetAc: r.targetAc,
        damage: r.damage?.total ?? 0,
        targetDown: target ? target.hp === 0 || target.dead : null,
      };
    },
  });
}
