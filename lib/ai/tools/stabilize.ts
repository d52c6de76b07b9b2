import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { stabilize } from '@/lib/rules/actions/stabilize';
import type { TableResolver } from '@/lib/rules/table-resolver';

const stabilizeInput = zodSchema(z.strictObject({ characterId: z.string().min(1).max(64), targetId: z.string().min(1).max(64) }));

export function createStabilizeTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'First aid: a character beside a dying creature (0 hit points) spends their action on a DC 10 Medicine check to stabilise it. It stops dying but regains no hit points.',
    inputSchema: stabilizeInput,
    execute: async ({ characterId, targetId }) => {
      const r = resolver.act((turn) => stabilize(turn, characterId, targetId));
      return { characterId, targetId, source: 'Medicine (first aid)', dc: r.check.dc, total: r.check.roll.total, roll: r.check.roll.text, success: r.check.success, stable: r.stable };
    },
  });
}
