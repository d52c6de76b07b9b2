import type { Equipment } from '@/lib/rules/srd/equipment-schema';
import type { MagicItem } from '@/lib/rules/srd/magic-item-schema';
import { squash, type Raw } from './read';
import { sorted, type Tally } from './tally';

const srdProperties = new Set(['ammunition', 'finesse', 'heavy', 'light', 'loading', 'reach', 'special', 'thrown', 'two-handed', 'versatile']);

/** Every piece of equipment's cost, weight and kind-specific numbers against the reference. */
export function compareEquipment(ours: readonly Equipment[], reference: Raw[], tally: Tally): void {
  const byId = new Map(ours.map((e) => [e.id, e]));
  for (const ref of reference) {
    const record = `equipment ${ref.index}`;
    const item = byId.get(ref.index);
    if (!item) {
      tally.missing(record, 4);
      continue;
    }
    const check = (field: string, a: unknown, b: unknown) => tally.check(record, field, a, b);
    check('name', item.name, ref.name);
    check('cost', [item.cost.amount, item.cost.unit], [ref.cost.quantity, ref.cost.unit]);
    check('weight', item.weight, ref.weight ?? null);
    if (item.kind === 'weapon') {
      const w = item.weapon;
      check('weapon category', w.category, String(ref.weapon_category).toLowerCase());
      check('weapon range kind', w.kind, String(ref.weapon_range).toLowerCase());
      check('damage', w.damage && [w.damage.dice, w.damage.type], ref.damage ? [squash(ref.damage.damage_dice), ref.damage.damage_type.index] : null);
      check('versatile', w.versatile, ref.two_handed_damage ? squash(ref.two_handed_damage.damage_dice) : null);
      check('properties', sorted(w.properties), sorted((ref.properties ?? []).map((p: Raw) => p.index).filter((p: string) => srdProperties.has(p))));
      if (w.kind === 'ranged') check('range', [w.range?.normal, w.range?.long], [ref.range.normal, ref.range.long]);
      if (ref.throw_range && w.kind === 'melee') check('thrown', [w.thrown?.normal, w.thrown?.long], [ref.throw_range.normal, ref.throw_range.long]);
    } else if (item.kind === 'armor') {
      const a = item.armor;
      check('armor category', a.category, String(ref.armor_category).toLowerCase());
      check('base ac', a.baseAc, ref.armor_class.base);
      check('dex bonus', a.addsDex, ref.armor_class.dex_bonus);
      check('max dex', a.maxDex, ref.armor_class.max_bonus ?? null);
      check('str minimum', a.strMinimum, ref.str_minimum);
      check('stealth', a.stealthDisadvantage, ref.stealth_disadvantage);
    } else if (item.kind === 'gear') {
      check('quantity', item.quantity, ref.quantity ?? 1);
      check('contents', item.contents.map((c) => [c.item, c.quantity]), (ref.contents ?? []).map((c: Raw) => [c.item.index, c.quantity]));
    } else if (item.kind === 'mount') {
      check('speed', item.speed, ref.speed.quantity);
      check('capacity', item.capacity, Number(String(ref.capacity).replace(/\D/g, '')));
    } else if (item.kind === 'vessel') {
      check('speed', item.speedMph, ref.speed.quantity);
    }
    check('kind', item.kind, kindOf(ref));
  }
}

/** The kind the reference's categories imply, read without the generator's tables. */
function kindOf(ref: Raw): string {
  const category = ref.equipment_category.index;
  if (category === 'adventuring-gear') return 'gear';
  if (category === 'tools') return 'tool';
  if (category === 'mounts-and-vehicles') return /Mounts/.test(ref.vehicle_category) ? 'mount' : /Waterborne/.test(ref.vehicle_category) ? 'vessel' : 'tack';
  return category;
}

/** Every magic item's category, rarity, family and attunement against the reference. */
export function compareMagicItems(ours: readonly MagicItem[], reference: Raw[], tally: Tally): void {
  const byId = new Map(ours.map((i) => [i.id, i]));
  for (const ref of reference) {
    const record = `magic item ${ref.index}`;
    const item = byId.get(ref.index);
    if (!item) {
      tally.missing(record, 6);
      continue;
    }
    const check = (field: string, a: unknown, b: unknown) => tally.check(record, field, a, b);
    check('name', item.name, ref.name);
    check('category', item.category, String(ref.equipment_category.index).replace(/-items$/, ' item').replace(/s$/, ''));
    check('rarity', item.rarity, String(ref.rarity.name).toLowerCase());
    check('variants', item.variants, ref.variants.map((v: Raw) => v.index));
    check('is a variant', item.variantOf !== null, ref.variant);
    check('attunement', item.attunement !== null, /requires attunement/i.test(ref.desc[0] ?? ''));
  }
}
