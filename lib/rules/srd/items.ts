import { lazy } from './common';
import { allEquipment } from './equipment';
import type { Equipment } from './equipment-schema';
import type { MagicItem } from './magic-item-schema';
import { allMagicItems } from './magic-items';
import { NameIndex, type NameMatch } from './names';

/** Something a character can carry: mundane equipment or a magic item, told apart by `kind`. */
export type Item = { kind: 'equipment'; item: Equipment } | { kind: 'magic item'; item: MagicItem };

/**
 * One index over both lists. Mundane items come first and, among magic
 * items, concrete versions before their "varies" families, so "potion of
 * healing" finds the common potion and "shield" the mundane shield.
 */
const index = lazy(() => {
  const magic = [...allMagicItems()].sort((a, b) => Number(a.variants.length > 0) - Number(b.variants.length > 0));
  const items: Item[] = [...allEquipment().map((item) => ({ kind: 'equipment' as const, item })), ...magic.map((item) => ({ kind: 'magic item' as const, item }))];
  return new NameIndex(items, (entry) => entry.item.name);
});

/** An item by the name typed: `findItem('longsword')`, `findItem('potion of healing')`, `findItem('light crossbow')`. */
export function findItem(name: string): Item | undefined {
  return index().find(name);
}

export function matchItem(name: string): NameMatch<Item> {
  return index().match(name);
}
