import equipmentFile from '../data/equipment.json';
import { lazy } from './common';
import { equipmentFileSchema, type Armor, type Equipment, type Weapon } from './equipment-schema';

const data = lazy(() => {
  const equipment = equipmentFileSchema.parse(equipmentFile).equipment;
  return { equipment, byId: new Map(equipment.map((e) => [e.id, e])) };
});

/** Every piece of mundane SRD equipment, sorted by id. Find one by name with findItem (items.ts). */
export function allEquipment(): readonly Equipment[] {
  return data().equipment;
}

export function getEquipment(id: string): Equipment | undefined {
  return data().byId.get(id);
}

export function getWeapon(id: string): Weapon | undefined {
  const item = getEquipment(id);
  return item?.kind === 'weapon' ? item : undefined;
}

export function getArmor(id: string): Armor | undefined {
  const item = getEquipment(id);
  return item?.kind === 'armor' ? item : undefined;
}

/**
 * The armour class a suit gives with a Dexterity modifier, capped where
 * the armour caps it; a shield gives its bonus on top of whatever else.
 */
export function armorClassWith(armor: Armor, dexModifier: number): number {
  const { baseAc, addsDex, maxDex } = armor.armor;
  if (!addsDex) return baseAc;
  return baseAc + (maxDex === null ? dexModifier : Math.min(dexModifier, maxDex));
}
