import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import type { TableResolver } from '@/lib/rules/table-resolver';

function names(resolver: TableResolver, ids: string[]): string[] {
  const everyone = [...resolver.state.party, ...resolver.state.creatures];
  return ids.map((id) => everyone.find((c) => c.id === id)?.name ?? id);
}

const reasonInput = zodSchema(z.strictObject({ reason: z.string().max(200) }));
const characterInput = zodSchema(z.strictObject({ characterId: z.string() }));

export function createStartCombatTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'Start a fight: everyone present rolls initiative and turns go in that order.',
    inputSchema: reasonInput,
    execute: async () => {
      const start = resolver.startCombat();
      return { order: names(resolver, start.order.map((e) => e.id)), firstTurn: start.currentId, round: start.round };
    },
  });
}

export function createEndCombatTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'End the fight (the enemies fled, surrendered or are down).',
    inputSchema: reasonInput,
    execute: async () => {
      resolver.endCombat();
      return { ended: true };
    },
  });
}

export function createEndTurnTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'End the current creature’s turn early. (The table ends each turn by itself after the action is resolved.)',
    inputSchema: characterInput,
    execute: async ({ characterId }) => {
      const next = resolver.endTurn(characterId);
      return { nextTurn: next.currentId, round: next.round };
    },
  });
}

export function createDodgeTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'The creature takes the Dodge action: attacks against it have disadvantage until its next turn.',
    inputSchema: characterInput,
    execute: async ({ characterId }) => {
      resolver.dodge(characterId);
      return { characterId, dodging: true };
    },
  });
}
