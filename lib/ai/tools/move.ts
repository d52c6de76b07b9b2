import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import type { TableResolver } from '@/lib/rules/table-resolver';

const moveInput = zodSchema(z.strictObject({ characterId: z.string(), x: z.number().int().min(0), y: z.number().int().min(0) }));

export function createMoveTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Move a character or creature to a square of the battle map (x, y from the top-left). The engine finds the cheapest legal route within its movement; leaving a foe’s reach without disengaging provokes opportunity attacks, which monsters and AI players take at once and people may take with opportunity_attack.',
    inputSchema: moveInput,
    execute: async ({ characterId, x, y }) => {
      const r = resolver.move(characterId, { x, y });
      const at = r.stoppedAt ?? { x, y };
      return {
        characterId,
        at: [at.x, at.y],
        feet: r.cost,
        movementLeft: r.movementLeft,
        ...(r.opportunityAttacks.length ? { opportunityAttacks: r.opportunityAttacks } : {}),
        ...(r.offered.length ? { mayTakeOpportunityAttack: r.offered } : {}),
        ...(r.stoppedAt ? { stopped: 'an opportunity attack dropped them on the way' } : {}),
      };
    },
  });
}
