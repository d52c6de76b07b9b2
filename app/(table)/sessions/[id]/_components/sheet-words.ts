import type { FeatureLine, ItemLine } from '@/lib/characters/sheet-gear';
import type { SpellLine } from '@/lib/characters/spell-lines';

/** Someone or something a spell may be aimed at, as the table shows it. */
export type Target = { id: string; name: string; side: 'foe' | 'ally' };

/**
 * Who a spell may be cast at: foes for harm, the party and friends for
 * help, anyone for the rest; none for a spell on the caster alone. Names
 * two creatures share carry their ids, so the DM can tell them apart.
 */
export function targetsFor(spell: SpellLine, everyone: readonly Target[]): Target[] {
  if (spell.aim === 'self') return [];
  const fitting = everyone.filter((t) => (spell.aim === 'foe' || spell.aim === 'area' ? t.side === 'foe' : spell.aim === 'ally' ? t.side === 'ally' : true));
  return fitting.map((t) => (everyone.filter((o) => o.name === t.name).length > 1 ? { ...t, name: `${t.name} (${t.id})` } : t));
}

/** The plain words the DM understands for casting: "I cast Magic Missile at the Giant Rat", "I cast Cure Wounds on Aldric". */
export function castWords(spell: SpellLine, target: Target | null, casterId: string): string {
  if (!target) return `I cast ${spell.name}`;
  if (target.id === casterId) return `I cast ${spell.name} on myself`;
  return target.side === 'foe' ? `I cast ${spell.name} at the ${target.name}` : `I cast ${spell.name} on ${target.name}`;
}

/** "I use Second Wind". */
export function featureWords(feature: FeatureLine): string {
  return `I use ${feature.name}`;
}

/** "I drink my Potion of Healing", "I read my Spell Scroll of Shield", "I use my Healer's kit". */
export function itemWords(item: ItemLine): string {
  const verb = item.use === 'drink' ? 'drink' : item.use === 'read' ? 'read' : 'use';
  return `I ${verb} my ${item.name}`;
}
