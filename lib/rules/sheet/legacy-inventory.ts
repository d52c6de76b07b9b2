import { getBackground } from '../srd/ancestries';
import { getClass } from '../srd/classes';
import type { Coin } from '../srd/common';
import { getArmor, getEquipment } from '../srd/equipment';
import { findItem } from '../srd/items';
import type { Build } from './build';
import { deriveSheet } from './derive';
import type { Coins, InventoryItemInput } from './inventory';
import type { LegacyCharacter } from './legacy-character';
import { pickEquipment, unpack, type ItemCount } from './starting-equipment';

const ammunitionFor: Record<string, string> = {
  longbow: 'arrow',
  shortbow: 'arrow',
  'crossbow-hand': 'crossbow-bolt',
  'crossbow-light': 'crossbow-bolt',
  'crossbow-heavy': 'crossbow-bolt',
  sling: 'sling-bullet',
  blowgun: 'blowgun-needle',
};

/** The SRD weapons a legacy sheet's attacks name, held, with twenty pieces of ammunition for those that shoot it. */
function legacyWeapons(c: LegacyCharacter): InventoryItemInput[] {
  return c.attacks.flatMap((attack) => {
    const found = findItem(attack.name);
    if (found?.kind !== 'equipment' || found.item.kind !== 'weapon') return [];
    const ammo = ammunitionFor[found.item.id];
    return [{ item: found.item.id, quantity: 1, equipped: true }, ...(ammo ? [{ item: ammo, quantity: 20 }] : [])];
  });
}

/** Every item a class's starting equipment offers, fixed or in any option. */
function offered(build: Build): Array<{ item: string; ifProficient: boolean }> {
  const equipment = getClass(build.class.id)!.startingEquipment;
  const picks = [...equipment.fixed, ...equipment.choices.flatMap((c) => c.options.flat())];
  return picks.flatMap((p) => ('item' in p ? [{ item: p.item, ifProficient: 'ifProficient' in p && p.ifProficient === true }] : []));
}

/**
 * The armour a legacy sheet most likely wore: of the armour its class's
 * starting equipment offers (and that it may wear), with or without the
 * package's shield, the combination whose derived AC is nearest the AC the
 * sheet had written down; the first offered wins a tie.
 */
function legacyArmor(c: LegacyCharacter, build: Build, weapons: InventoryItemInput[]): InventoryItemInput[] {
  const none = { spells: { cantrips: [], known: [], prepared: [] }, effects: [], spellSlots: [] };
  const training = deriveSheet({ build, inventory: [], ...none }).training.armor;
  const items = offered(build).filter((o) => getArmor(o.item) && (!o.ifProficient || training.includes(getArmor(o.item)!.armor.category)));
  const bodies = [...new Set(items.map((o) => o.item).filter((id) => getArmor(id)!.armor.category !== 'shield')), null];
  const twoHanded = weapons.some((w) => getEquipment(w.item)?.kind === 'weapon' && (getEquipment(w.item) as { weapon: { properties: string[] } }).weapon.properties.includes('two-handed'));
  const shield = items.some((o) => o.item === 'shield');
  let best: { distance: number; items: InventoryItemInput[] } | null = null;
  for (const body of bodies) {
    for (const withShield of shield && !twoHanded ? [true, false] : [false]) {
      const worn: InventoryItemInput[] = [...(body ? [{ item: body, quantity: 1, equipped: true }] : []), ...(shield ? [{ item: 'shield', quantity: 1, equipped: withShield }] : [])];
      const inventory = [...weapons, ...worn].map((e) => ({ base: null, attuned: false, charges: null, equipped: false, ...e }));
      const ac = deriveSheet({ build, inventory, ...none }).ac;
      const distance = Math.abs(ac - c.ac);
      if (!best || distance < best.distance) best = { distance, items: worn };
    }
  }
  return best?.items ?? [];
}

/** Starting equipment that is neither weapon nor armour nor ammunition: packs, foci, tools, a spellbook. */
function gear(picked: readonly ItemCount[]): ItemCount[] {
  return picked.filter(({ item }) => {
    const found = getEquipment(item);
    return found?.kind !== 'weapon' && found?.kind !== 'armor' && !(found?.kind === 'gear' && found.gearCategory === 'ammunition');
  });
}

/**
 * What a legacy character carries: the weapons its attacks named, the
 * armour that best explains its AC, the rest of its class's starting
 * equipment (first options), and its background's equipment and gold.
 */
export function legacyInventory(c: LegacyCharacter, build: Build): { inventory: InventoryItemInput[]; coins: Partial<Coins> } {
  const weapons = legacyWeapons(c);
  const armor = legacyArmor(c, build, weapons);
  const background = getBackground(build.background.id);
  const classGear = gear(pickEquipment(getClass(build.class.id)!.startingEquipment));
  const backgroundGear = background ? pickEquipment(background.startingEquipment) : [];
  const gold = background?.startingGold;
  return {
    inventory: unpack([...weapons, ...armor, ...classGear, ...backgroundGear]),
    coins: gold ? { [gold.unit as Coin]: gold.amount } : {},
  };
}
