import { z } from 'zod';
import type { Ability } from './abilities';

/**
 * The SRD's conditions. Exhaustion is not here: it has levels, so it lives
 * in each creature's `exhaustion` field and the condition tools map onto it.
 */
export const conditionNames = [
  'blinded',
  'charmed',
  'deafened',
  'frightened',
  'grappled',
  'incapacitated',
  'invisible',
  'paralyzed',
  'petrified',
  'poisoned',
  'prone',
  'restrained',
  'stunned',
  'unconscious',
] as const;

export const conditionSchema = z.enum(conditionNames);
export type Condition = z.infer<typeof conditionSchema>;

/** Conditions that carry the effects of another: each of these also incapacitates. */
const incapacitating: readonly Condition[] = ['incapacitated', 'paralyzed', 'petrified', 'stunned', 'unconscious'];

/** What the engine needs to know about a creature's conditions. */
export type ConditionHolder = { conditions: readonly Condition[]; exhaustion: number };

export function has(holder: ConditionHolder, condition: Condition): boolean {
  if (condition === 'incapacitated') return holder.conditions.some((c) => incapacitating.includes(c));
  return holder.conditions.includes(condition);
}

export function isIncapacitated(holder: ConditionHolder): boolean {
  return has(holder, 'incapacitated');
}

/** Conditions under which a creature automatically fails Strength and Dexterity saves. */
const failsPhysicalSaves: readonly Condition[] = ['paralyzed', 'petrified', 'stunned', 'unconscious'];

export function autoFailsSave(holder: ConditionHolder, ability: Ability): boolean {
  if (ability !== 'str' && ability !== 'dex') return false;
  return holder.conditions.some((c) => failsPhysicalSaves.includes(c));
}

/** Conditions that set speed to 0, whatever bonuses apply. */
const rooted: readonly Condition[] = ['grappled', 'restrained', 'paralyzed', 'petrified', 'stunned', 'unconscious'];

/** Speed in feet after conditions and exhaustion. */
export function effectiveSpeed(holder: ConditionHolder, speed: number): number {
  if (holder.conditions.some((c) => rooted.includes(c)) || holder.exhaustion >= 5) return 0;
  return holder.exhaustion >= 2 ? Math.floor(speed / 2) : speed;
}

/** Reasons a creature's own ability checks roll with disadvantage. */
export function checkDisadvantages(holder: ConditionHolder): string[] {
  const reasons: string[] = [];
  if (has(holder, 'frightened')) reasons.push('frightened');
  if (has(holder, 'poisoned')) reasons.push('poisoned');
  if (holder.exhaustion >= 1) reasons.push('exhaustion');
  return reasons;
}

/** Reasons a creature's saving throw of one ability rolls with disadvantage. */
export function saveDisadvantages(holder: ConditionHolder, ability: Ability): string[] {
  const reasons: string[] = [];
  if (ability === 'dex' && has(holder, 'restrained')) reasons.push('restrained');
  if (holder.exhaustion >= 3) reasons.push('exhaustion');
  return reasons;
}

/** Advantage and disadvantage an attacker's own conditions give its attack rolls. */
export function attackerModes(attacker: ConditionHolder): { advantage: string[]; disadvantage: string[] } {
  const advantage: string[] = [];
  const disadvantage: string[] = [];
  if (has(attacker, 'invisible')) advantage.push('attacker unseen');
  for (const c of ['blinded', 'frightened', 'poisoned', 'prone', 'restrained'] as const) {
    if (has(attacker, c)) disadvantage.push(`attacker ${c}`);
  }
  if (attacker.exhaustion >= 3) disadvantage.push('attacker exhausted');
  return { advantage, disadvantage };
}

/**
 * Advantage and disadvantage a target's conditions give attacks against it.
 * Prone depends on distance: close attackers find it easy, distant ones hard.
 */
export function targetModes(target: ConditionHolder, withinFiveFeet: boolean): { advantage: string[]; disadvantage: string[] } {
  const advantage: string[] = [];
  const disadvantage: string[] = [];
  for (const c of ['blinded', 'paralyzed', 'petrified', 'restrained', 'stunned', 'unconscious'] as const) {
    if (has(target, c)) advantage.push(`target ${c}`);
  }
  if (has(target, 'invisible')) disadvantage.push('target unseen');
  if (has(target, 'prone')) (withinFiveFeet ? advantage : disadvantage).push('target prone');
  return { advantage, disadvantage };
}

/** A hit from within 5 feet on a paralyzed or unconscious creature is always critical. */
export function meleeHitsAreCritical(target: ConditionHolder): boolean {
  return has(target, 'paralyzed') || has(target, 'unconscious');
}
