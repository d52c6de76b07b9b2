import { z } from 'zod';
import type { Ability } from '../abilities';
import { featuresThrough } from '../srd/classes';
import { idSchema } from '../srd/common';
import { featureResourceData } from '../srd/feature-resource-data';
import { featureResource, type FeatureResourceAt } from '../srd/feature-resources';

/**
 * Uses or points of class features spent since they last recovered, by
 * the feature's id (the first of its line: `bardic-inspiration-d6` also
 * counts for the later d8): Second Wind uses, Rage uses, Lay on Hands hit
 * points, ki points.
 */
export const resourcesSpentSchema = z.record(idSchema, z.number().int().min(0).max(1000));
export type ResourcesSpent = z.output<typeof resourcesSpentSchema>;

/** How much of a feature's resource a character has and when it returns. */
export type ResourceLimit = {
  /** The feature id the resource is kept under. */
  featureId: string;
  /** The feature at the character's level that sets the numbers (`bardic-inspiration-d8` at level 5). */
  currentFeatureId: string;
  /** Uses or points; null when unlimited (a level 20 barbarian's rages). */
  max: number | null;
  unit: 'uses' | 'hit points' | 'ki points' | 'sorcery points';
  /** A short rest restores `short rest` resources; a long rest restores every one. */
  recovery: 'short rest' | 'long rest';
  action: FeatureResourceAt['action'];
};

/** The line of upgrades a feature belongs to, first id first. */
function lineOf(featureId: string): readonly string[] | undefined {
  return featureResourceData.find((entry) => entry.features.includes(featureId))?.features;
}

/**
 * The limited resources a class gives at a level, by feature id, with the
 * numbers worked out from the class table and ability modifiers.
 */
export function resourceLimits(classId: string, level: number, subclassId: string | null, mods: Partial<Record<Ability, number>>): Record<string, ResourceLimit> {
  const limits: Record<string, ResourceLimit> = {};
  for (const feature of featuresThrough(classId, level, subclassId ?? undefined)) {
    const line = lineOf(feature.id);
    const at = line && featureResource(feature.id, level, mods);
    if (!line || !at || (at.uses === null && at.pool === null)) continue;
    const featureId = line[0]!;
    // Later features of a line replace earlier ones (featuresThrough lists them in level order).
    limits[featureId] = {
      featureId,
      currentFeatureId: feature.id,
      max: at.pool ? at.pool.amount : at.uses === 'unlimited' ? null : at.uses,
      unit: at.pool ? at.pool.of : 'uses',
      recovery: at.recovery?.on === 'short rest' ? 'short rest' : 'long rest',
      action: at.action,
    };
  }
  return limits;
}

/** Spent counts after a rest: a long rest restores everything, a short rest what returns on one. */
export function resourcesAfterRest(spent: ResourcesSpent, limits: Record<string, ResourceLimit>, rest: 'short' | 'long'): ResourcesSpent {
  if (rest === 'long') return {};
  return Object.fromEntries(Object.entries(spent).filter(([id]) => limits[id]?.recovery !== 'short rest'));
}
