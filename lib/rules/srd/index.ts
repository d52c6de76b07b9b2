/**
 * SRD 5.1 content as typed data: spells, monsters, equipment, magic items,
 * classes, ancestries, backgrounds, conditions and the experience and trap
 * tables, with look-ups that forgive how people type names.
 *
 * The generated facts live in lib/rules/data/*.json (npm run srd:generate);
 * the hand-written overlays (*-effects.ts, feature-resource-data.ts,
 * trait-mechanics.ts, condition-effects.ts) add what the reference does not
 * structure. Each JSON file is read and validated on first use, and only by
 * the module that needs it.
 *
 * Server code only, by convention rather than `server-only`: the rules
 * engine also runs in plain Node (workers, scripts, tests), where that
 * marker would throw. Browser components import types from lib/rules, never
 * these modules, so the data stays out of client bundles.
 */
export * from './ancestries';
export * from './classes';
export { costInCopper, type Area, type ConditionId, type Cost, type Dice, type DiceAtLevel, type Save, type Usage } from './common';
export * from './condition-effects';
export * from './equipment';
export * from './feature-resources';
export * from './gear-effects';
export * from './items';
export * from './magic-item-effects';
export * from './magic-items';
export * from './monsters';
export { type NameMatch } from './names';
export * from './progression';
export * from './spell-effects';
export * from './spells';
export * from './traps';
export type { Ancestry, Background, RacialTrait, Subrace } from './ancestry-schema';
export type { CharacterClass, ClassFeature, ClassLevel, Subclass } from './class-schema';
export type { Armor, Equipment, Weapon } from './equipment-schema';
export type { MagicItem } from './magic-item-schema';
export type { DamageDefense, Monster, MonsterAbility } from './monster-schema';
export type { SpellEffect, SpellEffectPart } from './spell-effect-schema';
export type { Spell, SpellSchool } from './spell-schema';
