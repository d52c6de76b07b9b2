import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { declaredHazard, describeNumbers, triggerHazard } from '@/lib/rules/actions/hazard';
import type { TableResolver } from '@/lib/rules/table-resolver';

const triggerHazardInput = zodSchema(
  z.strictObject({
    hazardId: z.string().min(1).max(64).describe('the id of a hazard the scene declares'),
    targetIds: z.array(z.string().min(1).max(64)).min(1).max(8).describe('who it catches'),
    reason: z.string().max(200).optional(),
  }),
);

export function createTriggerHazardTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      "Set off a hazard or trap the scene declares (by its id) on the creatures it catches, when its trigger happens. The engine rolls their saves or its attacks and its damage from the SRD trap table by the hazard's severity and the party's level (a fall: 1d6 per 10 ft).",
    inputSchema: triggerHazardInput,
    execute: async ({ hazardId, targetIds }) => {
      const r = resolver.act((turn) => triggerHazard(turn, hazardId, targetIds));
      const hazard = declaredHazard(resolver.state, hazardId);
      return {
        hazardId,
        source: `hazard: ${r.hazard}`,
        numbers: describeNumbers(hazard, r.numbers),
        targets: r.targets.map((t) => ({
          id: t.targetId,
          ...(t.roll ? { roll: t.roll.text } : {}),
          ...(t.avoided !== null ? { avoided: t.avoided } : {}),
          damage: t.damage,
          hp: t.hpAfter,
          ...(t.outcome && t.outcome !== 'hurt' ? { outcome: t.outcome } : {}),
          ...(t.condition ? { condition: t.condition } : {}),
        })),
      };
    },
  });
}
