import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { takeOffer } from '@/lib/rules/actions/opportunity';
import type { TableResolver } from '@/lib/rules/table-resolver';

const opportunityInput = zodSchema(
  z.strictObject({
    attackerId: z.string().min(1).max(64).describe('the character taking the opportunity attack'),
    targetId: z.string().min(1).max(64).describe('the creature that left its reach'),
    attackName: z.string().min(1).max(60).optional().describe('a melee attack of the attacker’s; its best one when left out'),
  }),
);

/**
 * A person's character takes an opportunity attack that a move offered it
 * this turn (the move's answer lists who may). Monsters and AI players take
 * theirs during the move itself.
 */
export function createOpportunityAttackTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'When a player says their character strikes a foe leaving its reach: take the opportunity attack a move offered them this turn (one melee attack, their reaction for the round). Only offered attacks can be taken; monsters and AI players take theirs during the move.',
    inputSchema: opportunityInput,
    execute: async ({ attackerId, targetId, attackName }) => {
      const r = resolver.actAndPassIfDead((turn) => takeOffer(turn, attackerId, targetId, attackName));
      return { source: r.source, attackerId: r.attackerId, targetId: r.targetId, hit: r.hit, critical: r.critical, roll: r.roll, damage: r.damage, reaction: 'used' };
    },
  });
}
