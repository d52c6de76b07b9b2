import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { monsterAction, type MonsterActionResult } from '@/lib/rules/actions/monster-action';
import type { TableResolver } from '@/lib/rules/table-resolver';

const monsterActionInput = zodSchema(
  z.strictObject({
    creatureId: z.string().min(1).max(64),
    action: z.string().min(1).max(80).describe('an action, reaction or legendary action from its stat block, by name: "Multiattack", "Bite", "Fire Breath", "Tail Attack"'),
    targetIds: z.array(z.string().min(1).max(64)).max(12).optional().describe('whom it acts against: one target per attack (a multiattack takes them in order), every creature caught in a breath'),
    option: z.string().min(1).max(80).optional().describe('which choice of an action that offers several (a Multiattack with a bow instead of a sword)'),
  }),
);

/** The answer the model sees: the source first, then each attack and save as the rules decided it. */
export function monsterActionAnswer(r: MonsterActionResult) {
  return {
    source: r.source,
    creatureId: r.creatureId,
    action: r.action,
    kind: r.kind,
    attacks: r.attacks.map((a) => ({
      action: a.action,
      targetId: a.attack.targetId,
      hit: a.attack.hit,
      critical: a.attack.critical,
      roll: a.attack.roll.text,
      targetAc: a.attack.targetAc,
      ...(a.attack.cover ? { cover: a.attack.cover } : {}),
      damage: (a.attack.damage?.total ?? 0) + a.riders.reduce((sum, x) => sum + x.dealt, 0),
      ...(a.imposed.length ? { imposed: a.imposed } : {}),
      ...(a.mayImpose.length ? { statBlockMayImpose: a.mayImpose } : {}),
    })),
    saves: r.saves.map((s) => ({ action: s.action, targetId: s.targetId, total: s.total, dc: s.dc, saved: s.saved, ...(s.cover !== 'none' ? { cover: s.cover } : {}), damage: s.damage, ...(s.imposed.length ? { imposed: s.imposed } : {}) })),
    ...(r.usesLeft !== null ? { usesLeft: r.usesLeft } : {}),
    ...(r.legendaryLeft !== null ? { legendaryActionsLeft: r.legendaryLeft } : {}),
    ...(r.note ? { note: r.note } : {}),
  };
}

/**
 * A monster or NPC acts by its stat block: an attack, a save action, a
 * Multiattack as one action, a reaction, or a legendary action at the end
 * of another creature's turn. Every number comes from the stat block.
 */
export function createMonsterActionTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      'A creature uses one of its stat block’s actions by name: Multiattack (all its listed attacks as one action), a single attack, a save action such as a breath weapon (its DC, damage and area are the stat block’s; a recharging one must have recharged), a reaction, or a legendary action after another creature’s turn. Name the action and the targets; never numbers.',
    inputSchema: monsterActionInput,
    execute: async (input) => monsterActionAnswer(resolver.actAndPassIfDead((turn) => monsterAction(turn, input))),
  });
}
