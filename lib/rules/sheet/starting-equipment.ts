import type { StartingEquipment } from '../srd/class-schema';
import { allEquipment, getEquipment } from '../srd/equipment';
import type { Equipment } from '../srd/equipment-schema';
import { sameStack, type InventoryItemInput } from './inventory';

/** The equipment categories starting-equipment choices draw from, as the SRD names them. */
const categories: Record<string, (e: Equipment) => boolean> = {
  'simple-weapons': (e) => e.kind === 'weapon' && e.weapon.category === 'simple',
  'martial-weapons': (e) => e.kind === 'weapon' && e.weapon.category === 'martial',
  'simple-melee-weapons': (e) => e.kind === 'weapon' && e.weapon.category === 'simple' && e.weapon.kind === 'melee',
  'martial-melee-weapons': (e) => e.kind === 'weapon' && e.weapon.category === 'martial' && e.weapon.kind === 'melee',
  'holy-symbols': (e) => e.kind === 'gear' && e.gearCategory === 'holy symbol',
  'arcane-foci': (e) => e.kind === 'gear' && e.gearCategory === 'arcane focus',
  'druidic-foci': (e) => e.kind === 'gear' && e.gearCategory === 'druidic focus',
  'musical-instruments': (e) => e.kind === 'tool' && e.toolCategory === 'musical instrument',
};

/** Equipment ids in a starting-equipment category (`martial-weapons`, `holy-symbols`...), sorted. */
export function categoryItems(category: string): string[] {
  const test = categories[category];
  return test ? allEquipment().filter(test).map((e) => e.id) : [];
}

/** An item and how many, as starting equipment lists them. */
export type ItemCount = { item: string; quantity: number };

/**
 * Picks starting equipment: `option(i, options)` says which option of the
 * i-th choice to take (the first when it says nothing), `fromCategory` which
 * items of a category a free pick takes (the first ones when it says nothing).
 */
export function pickEquipment(
  equipment: StartingEquipment,
  option: (choice: number, options: StartingEquipment['choices'][number]['options']) => number | undefined = () => 0,
  fromCategory: (category: string, count: number) => string[] | undefined = () => undefined,
): ItemCount[] {
  const picked: ItemCount[] = [...equipment.fixed];
  equipment.choices.forEach((choice, i) => {
    const chosen = choice.options[option(i, choice.options) ?? 0] ?? choice.options[0]!;
    for (const pick of chosen) {
      if ('item' in pick) picked.push({ item: pick.item, quantity: pick.quantity });
      else for (const item of fromCategory(pick.anyOf, pick.choose) ?? categoryItems(pick.anyOf).slice(0, pick.choose)) picked.push({ item, quantity: 1 });
    }
  });
  return picked;
}

/**
 * Inventory entries for a list of items: packs unpacked into what they
 * hold (an explorer's pack is a backpack, a bedroll, ten torches...), and
 * the same item counted once with the quantities added.
 */
export function unpack(items: readonly (ItemCount & Partial<InventoryItemInput>)[]): InventoryItemInput[] {
  const entries: InventoryItemInput[] = [];
  const add = (entry: InventoryItemInput) => {
    const same = entries.find((e) => sameStack({ item: e.item, base: e.base ?? null }, entry));
    if (same) {
      same.quantity += entry.quantity;
      same.equipped = same.equipped || entry.equipped;
    } else entries.push({ ...entry });
  };
  for (const entry of items) {
    const found = getEquipment(entry.item);
    if (found?.kind === 'gear' && found.gearCategory === 'pack') {
      for (const content of found.contents) add({ item: content.item, quantity: content.quantity * entry.quantity });
    } else add(entry);
  }
  return entries;
}
