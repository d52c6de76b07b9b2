import magicItemsFile from '../data/magic-items.json';
import { lazy } from './common';
import { magicItemsFileSchema, type MagicItem } from './magic-item-schema';

const data = lazy(() => {
  const items = magicItemsFileSchema.parse(magicItemsFile).magicItems;
  return { items, byId: new Map(items.map((i) => [i.id, i])) };
});

/** Every SRD magic item, families and their versions alike, sorted by id. */
export function allMagicItems(): readonly MagicItem[] {
  return data().items;
}

export function getMagicItem(id: string): MagicItem | undefined {
  return data().byId.get(id);
}

/** The versions of a family ("potion-of-healing" → common, greater, superior, supreme), or the item itself. */
export function versionsOf(item: MagicItem): MagicItem[] {
  return item.variants.length ? item.variants.flatMap((id) => getMagicItem(id) ?? []) : [item];
}
