import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { conditionNames } from '@/lib/rules/conditions';
import type { TableResolver } from '@/lib/rules/table-resolver';

const condition = z.enum([...conditionNames, 'exhaustion']);

const applyConditionInput = zodSchema(z.object({ characterId: z.string(), condition, sourceId: z.string().optional(), reason: z.string().max(200) }));
const removeConditionInput = zodSchema(z.object({ characterId: z.string(), condition, reason: z.string().max(200) }));

export function createApplyConditionTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'Put an SRD condition (or one level of exhaustion) on a character or creature, e.g. after a failed save.',
    inputSchema: applyConditionInput,
    execute: async ({ characterId, condition: name, sourceId }) => {
      const c = resolver.applyCondition(characterId, name, sourceId);
      return { characterId, conditions: c.conditions, exhaustion: c.exhaustion };
    },
  });
}

export function createRemoveConditionTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description: 'End a condition on a character or creature (or remove one level of exhaustion).',
    inputSchema: removeConditionInput,
    execute: async ({ characterId, condition: name }) => {
      const c = resolver.removeCondition(characterId, name);
      return { characterId, conditions: c.conditions, exhaustion: c.exhaustion };
    },
  });
}
