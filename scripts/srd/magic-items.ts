import type { MagicItem } from '@/lib/rules/srd/magic-item-schema';
import { byId } from './common';
import type { RefMagicItem } from './reference';

const classIds = ['barbarian', 'bard', 'cleric', 'druid', 'fighter', 'monk', 'paladin', 'ranger', 'rogue', 'sorcerer', 'warlock', 'wizard'];

/**
 * Who may attune, read from the item's type line ("Ring, rare (requires
 * attunement by a cleric, druid, or paladin)"). Only the structured answer
 * is kept.
 */
export function attunement(typeLine: string): MagicItem['attunement'] {
  const match = /\(requires attunement([^)]*)\)/i.exec(typeLine);
  if (!match) return null;
  const who = match[1]!.toLowerCase();
  const by = [
    ...classIds.filter((c) => new RegExp(`\\b${c}\\b`).test(who)),
    ...(who.includes('spellcaster') ? ['spellcaster'] : []),
    ...(who.includes('dwarf') ? ['dwarf'] : []),
    ...(/\bgood alignment/.test(who) ? ['good'] : []),
    ...(/\bevil alignment/.test(who) ? ['evil'] : []),
  ];
  return { by, ...(who.includes('outdoors at night') && { when: 'outdoors at night' as const }) };
}

export function buildMagicItems(items: RefMagicItem[]): MagicItem[] {
  const familyOf = new Map(items.flatMap((family) => family.variants.map((v) => [v.index, family.index] as const)));
  return byId(
    items.map((ref) => ({
      id: ref.index,
      name: ref.name,
      category: ref.equipment_category.name.toLowerCase().replace(/s$/, '') as MagicItem['category'],
      rarity: ref.rarity.name.toLowerCase() as MagicItem['rarity'],
      attunement: attunement(ref.desc[0] ?? ''),
      variants: ref.variants.map((v) => v.index),
      variantOf: familyOf.get(ref.index) ?? null,
    })),
  );
}
