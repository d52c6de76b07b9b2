import type { Ability } from '../abilities';
import type { DamageType } from '../damage-types';
import { armorClassWith } from '../srd/equipment';
import type { Armor } from '../srd/equipment-schema';
import { modifiersOf, type Effect } from './effects';
import type { ItemFacts } from './items';

const AC_FLOOR = 1;
const AC_CEILING = 30;

/** What the defences are worked out from. */
export type DefenseInputs = {
  mods: Record<Ability, number>;
  str: number;
  /** Feature, trait and chosen option ids the character has. */
  owned: ReadonlySet<string>;
  /** Items worn or held that work (attuned, where they need it). */
  working: readonly ItemFacts[];
  effects: readonly Effect[];
};

function wornArmor(working: readonly ItemFacts[]): { body: Armor | null; shield: Armor | null } {
  const armor = working.flatMap((f) => (f.armor ? [f.armor] : []));
  return { body: armor.find((a) => a.armor.category !== 'shield') ?? null, shield: armor.find((a) => a.armor.category === 'shield') ?? null };
}

const hasStyle = (owned: ReadonlySet<string>, style: string) => [...owned].some((id) => id.endsWith(`fighting-style-${style}`));

/**
 * Armour class: the best of worn armour (armorClassWith), 10 + Dexterity,
 * Unarmored Defense (Barbarian: + Constitution; Monk: + Wisdom, without a
 * shield), Draconic Resilience (13 + Dexterity) and Mage Armor-like
 * effects; then a shield, the Defense fighting style in armour, the +N of
 * magic armour and protection items, and AC effects (Shield, Shield of
 * Faith), never below a minimum an effect sets (Barkskin).
 */
export function armorClass({ mods, owned, working, effects }: DefenseInputs): number {
  const { body, shield } = wornArmor(working);
  const dex = mods.dex;
  const unarmored = [10 + dex];
  if (owned.has('barbarian-unarmored-defense')) unarmored.push(10 + dex + mods.con);
  if (owned.has('monk-unarmored-defense') && !shield) unarmored.push(10 + dex + mods.wis);
  if (owned.has('draconic-resilience')) unarmored.push(13 + dex);
  for (const m of modifiersOf(effects, 'base ac')) unarmored.push(m.base + (m.addsDex ? dex : 0));
  const base = body ? armorClassWith(body, dex) : Math.max(...unarmored);
  const itemBonus = working.flatMap((f) => f.effects).reduce((sum, e) => sum + (e.kind === 'ac bonus' ? e.bonus : 0), 0);
  const effectBonus = modifiersOf(effects, 'ac bonus').reduce((sum, m) => sum + m.bonus, 0);
  const total = base + (shield?.armor.baseAc ?? 0) + (body && hasStyle(owned, 'defense') ? 1 : 0) + itemBonus + effectBonus;
  const floor = Math.max(AC_FLOOR, ...modifiersOf(effects, 'minimum ac').map((m) => m.ac));
  return Math.min(AC_CEILING, Math.max(floor, total));
}

/**
 * Walking speed: the ancestry's, 10 feet less in heavy armour without its
 * Strength (dwarves excepted), Unarmored Movement and Fast Movement, then
 * speed effects (bonus, then multiplier).
 */
export function walkingSpeed(ancestrySpeed: number, ancestryId: string, unarmoredMovement: number, { str, owned, working, effects }: DefenseInputs): number {
  const { body, shield } = wornArmor(working);
  let speed = ancestrySpeed;
  if (body?.armor.category === 'heavy' && str < body.armor.strMinimum && ancestryId !== 'dwarf') speed -= 10;
  if (!body && !shield) speed += unarmoredMovement;
  if (owned.has('fast-movement') && body?.armor.category !== 'heavy') speed += 10;
  for (const m of modifiersOf(effects, 'speed')) speed = (speed + m.bonus) * m.multiplier;
  return Math.max(0, Math.min(120, Math.floor(speed)));
}

/** Damage resistances from ancestry, worn items (Ring of Resistance) and effects (Rage, Stoneskin). */
export function resistances(ancestry: readonly DamageType[], working: readonly ItemFacts[], effects: readonly Effect[]): DamageType[] {
  const fromItems = working.flatMap((f) => f.effects.flatMap((e) => (e.kind === 'resistance' ? e.types : [])));
  return [...new Set([...ancestry, ...fromItems, ...modifiersOf(effects, 'resistance').flatMap((m) => m.types)])];
}

/** Flat bonuses to every saving throw from worn items (Ring and Cloak of Protection) and to some from effects. */
export function saveBonuses(working: readonly ItemFacts[], effects: readonly Effect[]): Record<Ability, number> {
  const all = working.flatMap((f) => f.effects).reduce((sum, e) => sum + (e.kind === 'save bonus' ? e.bonus : 0), 0);
  const bonus = { str: all, dex: all, con: all, int: all, wis: all, cha: all };
  for (const m of modifiersOf(effects, 'save bonus')) for (const a of m.abilities) bonus[a] += m.bonus;
  return bonus;
}
