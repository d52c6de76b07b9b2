import type { Creature } from './creature';
import type { GoodsStack } from './scene-goods';
import { getMonster } from './srd/monsters';
import { getEquipment, getWeapon } from './srd/equipment';
import { matchItem } from './srd/items';

/**
 * The weapons its attacks are made with, where an attack is named for an SRD
 * weapon (a goblin's Scimitar and Shortbow; a rat's Bite is no item), and
 * the armour it wears, where that is an SRD item.
 */
export function wieldedAndWorn(attacks: ReadonlyArray<{ name: string }>, armor: readonly string[]): GoodsStack[] {
  const weapons = attacks.flatMap((attack) => {
    const match = matchItem(attack.name);
    return match.exact && match.found.kind === 'equipment' && getWeapon(match.found.item.id) ? [match.found.item.id] : [];
  });
  const worn = armor.filter((id) => getEquipment(id));
  return [...new Set([...weapons, ...worn])].map((item) => ({ item, base: null, quantity: 1 }));
}

/** What a creature's SRD stat block shows it wielding and wearing. */
export function statBlockGear(creature: Pick<Creature, 'attacks' | 'statBlockId'>): GoodsStack[] {
  const monster = creature.statBlockId ? getMonster(creature.statBlockId) : undefined;
  return wieldedAndWorn(creature.attacks, monster?.armorClass[0]?.armor ?? []);
}

/** What a creature carries that can be taken: what was left of it, or what its stat block shows. */
export function creatureGear(creature: Creature): GoodsStack[] {
  return creature.gear ?? statBlockGear(creature);
}
