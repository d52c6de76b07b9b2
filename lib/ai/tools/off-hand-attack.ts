import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { offHandAttack } from '@/lib/rules/actions/off-hand';
import type { TableResolver } from '@/lib/rules/table-resolver';

const offHandInput = zodSchema(
  z.strictObject({
    attackerId: z.string().min(1).max(64),
    targetId: z.string().min(1).max(64),
    weapon: z.string().min(1).max(60).describe('the light melee weapon in the other hand, by its attack’s name ("Dagger", "Shortsword")'),
  }),
);

/** Two-weapon fighting's bonus-action attack, after an attack with a light melee weapon this turn. */
export function createOffHandAttackTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'Two-weapon fighting: after attacking with a light melee weapon this turn (attack), make one attack with a different light melee weapon in the other hand as the bonus action. Its damage adds no positive ability modifier unless the character has the Two-Weapon Fighting style.',
    inputSchema: offHandInput,
    execute: async ({ attackerId, targetId, weapon }) => {
      const r = resolver.act((turn) => offHandAttack(turn, { attackerId, targetId, weapon }));
      return {
        source: `${r.attack}, in the off hand`,
        attackerId,
        targetId,
        hit: r.hit,
        critical: r.critical,
        roll: r.roll.text,
        targetAc: r.targetAc,
        ...(r.cover ? { cover: r.cover } : {}),
        damage: r.damage?.total ?? 0,
      };
    },
  });
}
