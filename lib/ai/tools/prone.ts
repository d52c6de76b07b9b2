import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { dropProne } from '@/lib/rules/actions/prone';
import type { TableResolver } from '@/lib/rules/table-resolver';

const characterInput = zodSchema(z.strictObject({ characterId: z.string().min(1).max(64) }));

export function createDropProneTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'A creature drops prone of its own will (ranged attacks against it get disadvantage; standing up later costs half its speed). Every other condition comes from the rules: spells, attacks, hazards, features.',
    inputSchema: characterInput,
    execute: async ({ characterId }) => {
      resolver.act((turn) => dropProne(turn, characterId));
      return { characterId, prone: true };
    },
  });
}

export function createStandUpTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'A prone creature stands up, spending half its speed.',
    inputSchema: characterInput,
    execute: async ({ characterId }) => {
      const r = resolver.standUp(characterId);
      return { characterId, prone: false, feet: r.cost, movementLeft: r.movementLeft };
    },
  });
}
