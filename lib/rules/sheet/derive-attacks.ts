import type { Ability } from '../abilities';
import type { AttackProfile } from '../attack-profile';
import { signed } from '../d20';
import type { DamageType } from '../damage-types';
import type { Weapon } from '../srd/equipment-schema';
import { modifiersOf, type Effect } from './effects';
import type { InventoryItem } from './inventory';
import { baseOf, type ItemFacts } from './items';
import { proficientWith } from './derive-proficiencies';

/** An inventory entry with its SRD facts. */
export type Carried = { entry: InventoryItem; facts: ItemFacts };

/** What weapon attacks are worked out from. */
export type AttackInputs = {
  mods: Record<Ability, number>;
  proficiencyBonus: number;
  /** Weapon training: "simple", "martial" or weapon ids. */
  weapons: readonly string[];
  owned: ReadonlySet<string>;
  carried: readonly Carried[];
  effects: readonly Effect[];
  /** The Martial Arts die (`1d4`...) of a monk, or null. */
  martialArtsDie: string | null;
};

const ammunitionFor: Record<string, string> = {
  longbow: 'arrow',
  shortbow: 'arrow',
  'crossbow-hand': 'crossbow-bolt',
  'crossbow-light': 'crossbow-bolt',
  'crossbow-heavy': 'crossbow-bolt',
  sling: 'sling-bullet',
  blowgun: 'blowgun-needle',
};

/** Dice plus a modifier, as the roller reads it: `1d8+3`, `1d4-1`, `1d6`. */
export function withModifier(dice: string, modifier: number): string {
  return modifier === 0 ? dice : `${dice}${signed(modifier)}`;
}

const dieSize = (dice: string) => Number(/d(\d+)/.exec(dice)?.[1] ?? 0);
const hasStyle = (owned: ReadonlySet<string>, style: string) => [...owned].some((id) => id.endsWith(`fighting-style-${style}`));

/** Monk weapons: shortswords and simple melee weapons that are neither two-handed nor heavy. */
function isMonkWeapon(id: string, weapon: Weapon): boolean {
  const { category, kind, properties } = weapon.weapon;
  return id === 'shortsword' || (category === 'simple' && kind === 'melee' && !properties.includes('two-handed') && !properties.includes('heavy'));
}

/** Extra damage effects add to weapon hits: flat bonuses join the damage roll, dice become parts of their own. */
function effectDamage(effects: readonly Effect[], melee: boolean, type: DamageType): { flat: number; extra: AttackProfile['extraDamage'] } {
  let flat = 0;
  const extra: AttackProfile['extraDamage'] = [];
  for (const m of modifiersOf(effects, 'damage bonus')) {
    if (m.against !== null || (m.on === 'melee weapon attack' && !melee)) continue;
    if (/^\d+$/.test(m.dice) && m.type === null) flat += Number(m.dice);
    else extra.push({ dice: m.dice, type: m.type ?? type });
  }
  return { flat, extra: extra.slice(0, 4) };
}

function ammunitionCarried(baseId: string, carried: readonly Carried[]): boolean {
  const ammo = ammunitionFor[baseId];
  return !ammo || carried.some(({ entry }) => entry.item === ammo || baseOf(entry) === ammo);
}

/**
 * Attack profiles of the weapons a character holds, and of thrown weapons
 * it carries: Strength for melee, Dexterity for ranged, the better for
 * finesse (and monk) weapons; proficiency where trained; a magic weapon's
 * +N; Archery and Dueling; a versatile weapon's two-handed grip when no
 * shield is in use. Two-handed weapons need both hands free of a shield,
 * and ammunition weapons need their ammunition.
 */
export function weaponAttacks(inputs: AttackInputs): AttackProfile[] {
  const { mods, proficiencyBonus, weapons, owned, carried, effects, martialArtsDie } = inputs;
  const shield = carried.some(({ entry, facts }) => entry.equipped && facts.armor?.armor.category === 'shield');
  const meleeHeld = carried.filter(({ entry, facts }) => entry.equipped && facts.weapon?.weapon.kind === 'melee').length;
  const profiles: AttackProfile[] = [];
  for (const { entry, facts } of carried) {
    const weapon = facts.weapon;
    const damage = weapon?.weapon.damage;
    const baseId = facts.equipment?.id;
    if (!weapon || !damage || !baseId) continue;
    const { kind, properties, range, thrown, versatile } = weapon.weapon;
    if (!entry.equipped && !thrown) continue;
    if (properties.includes('two-handed') && shield) continue;
    if (properties.includes('ammunition') && !ammunitionCarried(baseId, carried)) continue;
    const monk = martialArtsDie !== null && isMonkWeapon(baseId, weapon);
    const ability = kind === 'ranged' ? mods.dex : properties.includes('finesse') || monk ? Math.max(mods.str, mods.dex) : mods.str;
    const magicWorks = !facts.requiresAttunement || entry.attuned;
    const magic = magicWorks ? facts.effects.reduce((sum, e) => sum + (e.kind === 'attack and damage bonus' ? e.bonus : 0), 0) : 0;
    const toHit = ability + (proficientWith(weapons, baseId, weapon) ? proficiencyBonus : 0) + magic + (kind === 'ranged' && hasStyle(owned, 'archery') ? 2 : 0);
    const dice = monk && dieSize(martialArtsDie!) > dieSize(damage.dice) ? martialArtsDie! : damage.dice;
    const bonus = effectDamage(effects, kind === 'melee', damage.type);
    const dueling = kind === 'melee' && meleeHeld <= 1 && !properties.includes('two-handed') && hasStyle(owned, 'dueling') ? 2 : 0;
    const common = {
      kind,
      toHit,
      extraDamage: bonus.extra,
      reach: properties.includes('reach') ? 10 : 5,
      range: range ?? thrown,
      source: { kind: 'weapon' as const, itemId: entry.item },
    };
    const modifier = ability + magic + bonus.flat;
    profiles.push({ ...common, name: facts.name, damage: { dice: withModifier(dice, modifier + dueling), type: damage.type } });
    if (versatile && !shield) profiles.push({ ...common, name: `${facts.name} (two-handed)`, damage: { dice: withModifier(versatile, modifier), type: damage.type } });
  }
  return profiles;
}

/** An unarmed strike: 1 + Strength bludgeoning, or a monk's Martial Arts die with the better of Strength and Dexterity. */
export function unarmedStrike({ mods, proficiencyBonus, effects, martialArtsDie }: AttackInputs): AttackProfile {
  const ability = martialArtsDie ? Math.max(mods.str, mods.dex) : mods.str;
  const bonus = effectDamage(effects, true, 'bludgeoning');
  const dice = martialArtsDie ? withModifier(martialArtsDie, ability + bonus.flat) : String(Math.max(0, 1 + ability + bonus.flat));
  return {
    name: 'Unarmed strike',
    kind: 'melee',
    toHit: ability + proficiencyBonus,
    damage: { dice, type: 'bludgeoning' },
    extraDamage: bonus.extra,
    reach: 5,
    range: null,
    source: { kind: 'natural' },
  };
}
