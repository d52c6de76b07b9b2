import type { GoodsPatch } from '@/lib/rules/goods-patches';
import { itemName, purse } from './sheet-patch-lines';

function contents(items: ReadonlyArray<{ item: string; base: string | null; quantity: number }>, coins: Record<string, number>): string {
  const things = items.map((s) => `${s.quantity} × ${itemName(s)}`);
  const money = purse(coins);
  return [...things, ...(money === 'empty' ? [] : [money])].join(', ') || 'nothing';
}

/** What a container or a creature holds after something was taken, and experience shared out, as a player would read it. */
export function goodsPatchLines(patch: GoodsPatch, nameOf: (id: string) => string): string[] {
  switch (patch.op) {
    case 'scene.container':
      return [`${patch.container.name} now holds ${contents(patch.container.items, patch.container.coins)}${patch.container.locked ? ' (locked)' : ''}`];
    case 'creature.gear':
      return [`${nameOf(patch.creatureId)} now carries ${contents(patch.gear, patch.coins)}`];
    case 'creature.xpAwarded':
      // The XP lines of the characters who gained it say what matters.
      return [];
  }
}
