import { getFeature, getMagicItem, getSpell, getSubclass, getTrait } from '@/lib/rules/srd';
import { ancestryTraits } from '@/lib/rules/sheet/build-rules';
import { itemFacts } from '@/lib/rules/sheet/items';
import type { CharacterSheet } from '@/lib/rules/state';

/** A feature on the sheet, with what is left of its resource and when it comes back. */
export type FeatureLine = {
  id: string;
  name: string;
  /** Where it comes from: the class at a level, the subclass, or the ancestry. */
  source: string;
  resource: { left: number | null; max: number | null; unit: string; recovery: string } | null;
  /** How it is used; null for what always works (passive) or needs no action. */
  action: 'action' | 'bonus action' | 'reaction' | null;
};

/** What a player may do with a carried thing from the sheet. */
export type ItemUse = 'drink' | 'read' | 'use';

export type ItemLine = {
  item: string;
  name: string;
  quantity: number;
  equipped: boolean;
  attuned: boolean;
  charges: number | null;
  /** Pounds for all of them, when the SRD gives a weight. */
  weight: number | null;
  use: ItemUse | null;
};

function featureSource(sheet: CharacterSheet, id: string): string {
  const feature = getFeature(id);
  if (!feature) return sheet.className;
  if (feature.subclass) return getSubclass(feature.subclass)?.name ?? sheet.className;
  return `${sheet.className} ${feature.level}`;
}

/** Class and subclass features (the options chosen for them among them) with their resources. */
export function featureLines(sheet: CharacterSheet): FeatureLine[] {
  const limits = Object.values(sheet.resourceLimits);
  return sheet.features.flatMap((id): FeatureLine[] => {
    const feature = getFeature(id);
    if (!feature) return [];
    const limit = limits.find((l) => l.currentFeatureId === id || l.featureId === id);
    const spent = limit ? (sheet.resources[limit.featureId] ?? 0) : 0;
    const action = limit && limit.action !== 'passive' && limit.action !== 'free' ? limit.action : null;
    return [
      {
        id,
        name: feature.name,
        source: featureSource(sheet, id),
        resource: limit ? { left: limit.max === null ? null : Math.max(0, limit.max - spent), max: limit.max, unit: limit.unit, recovery: limit.recovery } : null,
        action,
      },
    ];
  });
}

/** The ancestry's traits by name. */
export function traitNames(sheet: CharacterSheet): string[] {
  return ancestryTraits(sheet.build).map((t) => getTrait(t.id)?.name ?? t.name);
}

function useOf(item: string): ItemUse | null {
  const magic = getMagicItem(item);
  if (magic?.category === 'potion') return 'drink';
  if (magic?.category === 'scroll') return 'read';
  if (item === 'healers-kit') return 'use';
  return null;
}

function weightOf(item: string, base: string | null, quantity: number): number | null {
  const equipment = itemFacts({ item, base })?.equipment;
  if (!equipment || equipment.weight === null) return null;
  // Gear sold in bundles (20 arrows) is weighed by the bundle.
  const bundle = equipment.kind === 'gear' ? equipment.quantity : 1;
  return Math.round(((equipment.weight * quantity) / bundle) * 100) / 100;
}

export function itemLines(sheet: CharacterSheet): ItemLine[] {
  return sheet.inventory.map((entry) => {
    const scroll = entry.base ? getSpell(entry.base) : undefined;
    return {
      item: entry.item,
      name: itemFacts(entry)?.name ?? (scroll ? `Spell Scroll of ${scroll.name}` : entry.item),
      quantity: entry.quantity,
      equipped: entry.equipped,
      attuned: entry.attuned,
      charges: entry.charges,
      weight: weightOf(entry.item, entry.base, entry.quantity),
      use: useOf(entry.item),
    };
  });
}
