import type { Ability } from '../abilities';
import { columnAt, getFeature } from './classes';
import { lazy } from './common';
import { featureResourceData } from './feature-resource-data';
import { featureResourceSchema, type FeatureEffect, type FeatureResource } from './feature-resource-schema';

const entries = lazy(() => {
  const byFeature = new Map<string, FeatureResource>();
  for (const entry of featureResourceData.map((e) => featureResourceSchema.parse(e))) {
    for (const id of entry.features) byFeature.set(id, entry);
  }
  return byFeature;
});

/** The class tables write "unlimited" rages as this many. */
const UNLIMITED = 9999;

export type AbilityModifiers = Partial<Record<Ability, number>>;

/** Level-dependent numbers of an effect, worked out for one class level. */
export type FeatureValues = {
  /** A die to roll (Bardic Inspiration's `1d8`, Martial Arts' `1d6`). */
  die?: string;
  /** Extra damage dice (Sneak Attack's `3d6`). */
  dice?: string;
  /** Healing to roll (Second Wind's `1d10+5`) or hit points to share out (Preserve Life). */
  healing?: string;
  damageBonus?: number;
  attacks?: number;
  /** Combined spell-slot levels a slot-recovery feature restores. */
  slotLevels?: number;
  maxChallenge?: number;
  hours?: number;
};

/** A feature's resource at one class level, with every number worked out. */
export type FeatureResourceAt = {
  featureId: string;
  classId: string;
  /** How many uses before it recovers; null when it has no limited uses. */
  uses: number | 'unlimited' | null;
  pool: { amount: number; of: 'hit points' | 'ki points' | 'sorcery points' } | null;
  recovery: FeatureResource['recovery'] | null;
  action: FeatureResource['action'];
  effect: FeatureEffect | null;
  values: FeatureValues;
};

function numberColumn(classId: string, level: number, column: string): number {
  const value = columnAt(classId, level, column);
  if (typeof value !== 'number') throw new Error(`Column ${column} of ${classId} is not a number`);
  return value;
}

function values(effect: FeatureEffect | undefined, classId: string, level: number): FeatureValues {
  const column = (name: string) => columnAt(classId, level, name);
  switch (effect?.kind) {
    case 'heal self':
      return { healing: effect.addClassLevel ? `${effect.dice}+${level}` : effect.dice };
    case 'rage':
      return { damageBonus: numberColumn(classId, level, effect.damageBonusColumn) };
    case 'inspiration die':
      return { die: `1d${column(effect.dieColumn)}` };
    case 'martial arts':
      return { die: String(column(effect.dieColumn)) };
    case 'extra damage': {
      const dice = 'column' in effect.dice ? String(column(effect.dice.column)) : [...effect.dice.byLevel].reverse().find((d) => d.level <= level)?.dice;
      return dice ? { dice } : {};
    }
    case 'slot recovery':
      return { slotLevels: Math.ceil(level / 2) };
    case 'attacks':
      return { attacks: typeof effect.attacks === 'number' ? effect.attacks : 1 + numberColumn(classId, level, effect.attacks.column) };
    case 'wild shape':
      return { maxChallenge: numberColumn(classId, level, effect.maxCrColumn), hours: Math.floor(level / 2) * effect.hoursPerTwoLevels };
    case 'divided healing':
      return { healing: String(level * effect.perLevel) };
    default:
      return {};
  }
}

/**
 * A class feature's uses, pool, recovery and effect at a class level:
 * `featureResource('second-wind', 5)` → 1 use, short rest, heals `1d10+5`;
 * `featureResource('bardic-inspiration-d6', 5, { cha: 3 })` → 3 uses, `1d8`,
 * back on a short rest. Undefined for features without a resource entry.
 * Throws for an unknown feature or a level outside 1–20.
 */
export function featureResource(featureId: string, level: number, abilityMods: AbilityModifiers = {}): FeatureResourceAt | undefined {
  const entry = entries().get(featureId);
  if (!entry) return undefined;
  const feature = getFeature(featureId);
  if (!feature) throw new RangeError(`No SRD feature "${featureId}"`);
  const { classId } = feature;
  let uses: FeatureResourceAt['uses'] = null;
  if (entry.uses?.kind === 'fixed') uses = entry.uses.count;
  if (entry.uses?.kind === 'column') {
    const count = numberColumn(classId, level, entry.uses.column);
    uses = count >= UNLIMITED ? 'unlimited' : count;
  }
  if (entry.uses?.kind === 'table') uses = [...entry.uses.byLevel].reverse().find((row) => row.level <= level)?.count ?? 0;
  if (entry.uses?.kind === 'ability modifier') uses = Math.max(entry.uses.minimum, entry.uses.plus + (abilityMods[entry.uses.ability] ?? 0));
  const pool = entry.pool && {
    amount: entry.pool.kind === 'per level' ? level * entry.pool.perLevel : numberColumn(classId, level, entry.pool.column),
    of: entry.pool.of,
  };
  const recovery = entry.recovery && (entry.recovery.shortRestFrom && level >= entry.recovery.shortRestFrom ? { on: 'short rest' as const } : entry.recovery);
  return { featureId, classId, uses, pool: pool ?? null, recovery: recovery ?? null, action: entry.action, effect: entry.effect ?? null, values: values(entry.effect, classId, level) };
}

/**
 * Divine Smite's dice for a slot level, from its overlay entry: 2d8 for a
 * 1st-level slot, 1d8 more per level above, at most 5d8, and 1d8 more
 * against undead and fiends.
 */
export function smiteDice(slotLevel: number, againstUndeadOrFiend: boolean): string {
  if (!Number.isInteger(slotLevel) || slotLevel < 1 || slotLevel > 9) throw new RangeError(`Slot level must be 1 to 9, not ${slotLevel}`);
  const smite = entries().get('divine-smite')?.effect;
  if (smite?.kind !== 'smite') throw new Error('Divine Smite has no smite effect');
  const count = (dice: string) => Number(dice.split('d')[0]);
  const die = smite.base.slice(smite.base.indexOf('d'));
  const dice = Math.min(smite.maxDice, count(smite.base) + (slotLevel - 1) * count(smite.perSlotAbove));
  return `${dice + (againstUndeadOrFiend ? count(smite.bonus) : 0)}${die}`;
}

/** Features that have a resource entry, for checks that every one names a real feature. */
export function featuresWithResources(): string[] {
  return [...entries().keys()];
}
