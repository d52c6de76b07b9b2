import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { statBlockFor } from '@/lib/rules/bestiary';
import type { TableResolver } from '@/lib/rules/table-resolver';

const introduceNpcInput = zodSchema(
  z.strictObject({
    monster: z.string().min(1).max(80).describe('an SRD monster by name ("goblin", "adult red dragon", "guard") or id'),
    id: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/, 'lowercase letters, digits and dashes'),
    name: z.string().min(1).max(80).optional().describe('what the table calls it, when not the monster’s name'),
    hostile: z.boolean(),
    x: z.number().int().min(0).optional(),
    y: z.number().int().min(0).optional(),
  }),
);

/**
 * Brings any SRD monster into the scene by name, with its whole stat block,
 * friend or foe; in a fight it rolls initiative and joins in.
 */
export function createIntroduceNpcTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Introduce a creature or NPC into the scene: any SRD 5.1 monster by name, with its full stat block (its numbers are the SRD’s, never yours). Use a commoner, guard, noble or the like for ordinary people.',
    inputSchema: introduceNpcInput,
    execute: async ({ monster, id, name, hostile, x, y }) => {
      const block = statBlockFor(monster);
      const position = x !== undefined && y !== undefined ? { x, y } : undefined;
      const creature = resolver.addCreature(block, { id, name, hostile, position });
      return {
        id: creature.id,
        name: creature.name,
        statBlock: `${block.name} (SRD 5.1)`,
        hostile: creature.hostile,
        challenge: creature.challenge,
        joinedFight: resolver.state.combat !== null,
      };
    },
  });
}
