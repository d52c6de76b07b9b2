import { assertAvailable } from '@/lib/rules/actions/action-uses';
import type { Creature } from '@/lib/rules/creature';
import type { CreatureAbility } from '@/lib/rules/monster-shape';

/** One action of a creature's stat block as the models see it: its name, what sort it is, and whether it can be used now. */
export type TableAction = { name: string; kind: 'multiattack' | 'attack' | 'save' | 'other'; ready: boolean; legendary?: true; reaction?: true };

function kindOf(a: CreatureAbility): TableAction['kind'] {
  if (a.multiattack) return 'multiattack';
  if (a.attack?.kind) return 'attack';
  return a.save ? 'save' : 'other';
}

function ready(c: Creature, a: CreatureAbility): boolean {
  try {
    assertAvailable(c, a);
    return true;
  } catch {
    return false;
  }
}

/**
 * A creature's actions, legendary actions and reactions by name, a choice
 * of options listed one by one ("Fire Breath", "Sleep Breath"), each marked
 * ready or not (a breath still recharging, a daily action used up).
 */
export function actionFacts(c: Creature): TableAction[] {
  const list = (entries: readonly CreatureAbility[], extra: Partial<TableAction>) =>
    entries.flatMap((a): TableAction[] => {
      if (a.options?.mode === 'choose one') return a.options.list.map((o) => ({ name: o.name, kind: o.save ? 'save' : 'other', ready: ready(c, a), ...extra }));
      return [{ name: a.name, kind: kindOf(a), ready: ready(c, a), ...extra }];
    });
  return [...list(c.actions, {}), ...list(c.legendaryActions, { legendary: true }), ...list(c.reactions, { reaction: true })];
}
