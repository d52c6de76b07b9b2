import monstersFile from '../data/monsters.json';
import { lazy } from './common';
import { monstersFileSchema, type Monster, type MonsterAbility } from './monster-schema';
import { NameIndex, type NameMatch } from './names';

/** A shapechanger's usual form also answers to the bare name: "Werewolf" is its human form, "Vampire" its vampire form. */
function aliases(monster: Monster): string[] {
  const form = /^(.+), (\w+) Form$/.exec(monster.name);
  return form && (form[2] === 'Human' || form[2] === form[1]) ? [form[1]!] : [];
}

const data = lazy(() => {
  const monsters = monstersFileSchema.parse(monstersFile).monsters;
  return { monsters, byId: new Map(monsters.map((m) => [m.id, m])), names: new NameIndex(monsters, (m) => m.name, aliases) };
});

/** Every SRD monster, sorted by id. */
export function allMonsters(): readonly Monster[] {
  return data().monsters;
}

export function getMonster(id: string): Monster | undefined {
  return data().byId.get(id);
}

/** A monster by the name typed: `findMonster('skeletons')`, `findMonster('the goblin boss')`. */
export function findMonster(name: string): Monster | undefined {
  return data().names.find(name);
}

export function matchMonster(name: string): NameMatch<Monster> {
  return data().names.match(name);
}

/** Monsters whose challenge rating is between `min` and `max` (inclusive), by rating then name. */
export function monstersByChallenge(min: number, max = min): Monster[] {
  return data()
    .monsters.filter((m) => m.challengeRating >= min && m.challengeRating <= max)
    .sort((a, b) => a.challengeRating - b.challengeRating || a.name.localeCompare(b.name));
}

/** One of a monster's actions, reactions or legendary actions by name, any case. */
export function monsterAction(monster: Monster, name: string): MonsterAbility | undefined {
  const wanted = name.trim().toLowerCase();
  return [...monster.actions, ...monster.reactions, ...monster.legendaryActions].find((a) => a.name.toLowerCase() === wanted);
}

/** The armour class a monster shows first (its usual form). */
export function monsterArmorClass(monster: Monster): number {
  return monster.armorClass[0]!.value;
}
