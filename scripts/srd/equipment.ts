import type { DamageType } from '@/lib/rules/damage-types';
import type { Equipment } from '@/lib/rules/srd/equipment-schema';
import { weaponProperties, type WeaponProperty } from '@/lib/rules/srd/equipment-schema';
import { byId, cost, dice } from './common';
import type { RefEquipment } from './reference';

const gearCategories: Record<string, string> = {
  'standard-gear': 'standard',
  ammunition: 'ammunition',
  'arcane-foci': 'arcane focus',
  'druidic-foci': 'druidic focus',
  'holy-symbols': 'holy symbol',
  kits: 'kit',
  'equipment-packs': 'pack',
};

const toolCategories: Record<string, string> = {
  "Artisan's Tools": "artisan's tools",
  'Gaming Sets': 'gaming set',
  'Musical Instrument': 'musical instrument',
  'Other Tools': 'other',
};

function item(ref: RefEquipment): Equipment {
  const base = { id: ref.index, name: ref.name, cost: cost(ref.cost), weight: ref.weight ?? null };
  switch (ref.equipment_category.index) {
    case 'weapon': {
      const ranged = ref.weapon_range === 'Ranged';
      return {
        ...base,
        kind: 'weapon',
        weapon: {
          category: ref.weapon_category!.toLowerCase() as 'simple',
          kind: ranged ? 'ranged' : 'melee',
          damage: ref.damage ? { dice: dice(ref.damage.damage_dice), type: ref.damage.damage_type.index as DamageType } : null,
          versatile: ref.two_handed_damage ? dice(ref.two_handed_damage.damage_dice) : null,
          // The reference also tags monk weapons, which the SRD defines by rule rather than as a property.
          properties: (ref.properties ?? []).map((p) => p.index).filter((p): p is WeaponProperty => (weaponProperties as readonly string[]).includes(p)).sort(),
          range: ranged && ref.range?.long ? { normal: ref.range.normal, long: ref.range.long } : null,
          thrown: !ranged && ref.throw_range ? { normal: ref.throw_range.normal, long: ref.throw_range.long } : null,
        },
      };
    }
    case 'armor':
      return {
        ...base,
        kind: 'armor',
        armor: {
          category: ref.armor_category!.toLowerCase() as 'light',
          baseAc: ref.armor_class!.base,
          addsDex: ref.armor_class!.dex_bonus,
          maxDex: ref.armor_class!.max_bonus ?? null,
          strMinimum: ref.str_minimum ?? 0,
          stealthDisadvantage: ref.stealth_disadvantage ?? false,
        },
      };
    case 'adventuring-gear':
      return {
        ...base,
        kind: 'gear',
        gearCategory: (gearCategories[ref.gear_category?.index ?? ''] ?? 'standard') as 'standard',
        quantity: ref.quantity ?? 1,
        contents: (ref.contents ?? []).map((c) => ({ item: c.item.index, quantity: c.quantity })),
      };
    case 'tools':
      return { ...base, kind: 'tool', toolCategory: toolCategories[ref.tool_category!] as 'other' };
    case 'mounts-and-vehicles':
      if (ref.vehicle_category === 'Mounts and Other Animals') {
        return { ...base, kind: 'mount', speed: ref.speed!.quantity, capacity: Number(ref.capacity!.replace(/[^\d]/g, '')) };
      }
      if (ref.vehicle_category === 'Waterborne Vehicles') return { ...base, kind: 'vessel', speedMph: ref.speed!.quantity };
      return { ...base, kind: 'tack' };
    default:
      throw new Error(`Unknown equipment category "${ref.equipment_category.index}"`);
  }
}

export function buildEquipment(equipment: RefEquipment[]): Equipment[] {
  return byId(equipment.map(item));
}
