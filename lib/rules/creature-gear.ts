import type { Creature } from './creature';
import type { GoodsStack } from './scene-goods';
import { getMonster } from './srd/monsters';
import { getWeapon } from './srd/equipment';
import { matchItem } from './srd/items';

/**
 * The weapons a creature's attacks are made with, where an attack is named
 * for an SRD weapon (a goblin's Scimitar and Shortbow; a rat's Bite is no
 * item), and the armour its SRD stat block says it wears.
 */
export function statBlockGear(creature: Pick<Creature, 'attacks' | 'statBlockId'>): GoodsStack[] {
  const ids = creature.attacks.flatMap((attack) => {
    const match = matchItem(attack.name);
    return match.exact && match.found.kind === 'equipment' && getWeapon(match.found.item.id) ? [match.found.item.id] : [];
  });
  const monster = creature.statBlockId ? getMonster(creature.statBlockId) : undefined;
  const armor = monster?.armorClass[0]?.armor ?? [];
  return [...new Set([...ids, ...armor])].map((item) => ({ item, base: null, quantity: 1 }));
}

/** What a creature carries that can be taken: what was left of it, or what its stat block shows. */
export function creatureGear(creature: Creature): GoodsStack[] {
  return creature.gear ?? statBlockGear(creature);
}
