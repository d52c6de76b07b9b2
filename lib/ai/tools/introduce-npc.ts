import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { bestiary, statBlockById } from '@/lib/rules/bestiary';
import type { TableResolver } from '@/lib/rules/table-resolver';

const introduceNpcInput = zodSchema(
  z.object({
    bestiaryId: z.string(),
    id: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
    name: z.string().min(1).max(80).optional(),
    hostile: z.boolean(),
    x: z.number().int().min(0).optional(),
    y: z.number().int().min(0).optional(),
  }),
);

/** Brings a creature from the bestiary into the scene, friend or foe; in a fight it rolls initiative and joins in. */
export function createIntroduceNpcTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: `Introduce a creature or NPC into the scene, from the bestiary (${Object.keys(bestiary).join(', ')}).`,
    inputSchema: introduceNpcInput,
    execute: async ({ bestiaryId, id, name, hostile, x, y }) => {
      const block = statBlockById(bestiaryId);
      if (!block) throw new Error(`There is no "${bestiaryId}" in the bestiary`);
      const position = x !== undefined && y !== undefined ? { x, y } : undefined;
      const creature = resolver.addCreature(block, { id, name, hostile, position });
      return { id: creature.id, name: creature.name, hostile: creature.hostile, joinedFight: resolver.state.combat !== null };
    },
  });
}
