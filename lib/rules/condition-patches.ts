import { effectiveMaxHp } from './combatant';
import type { Condition } from './conditions';
import type { StatePatch } from './patches';
import { RuleViolation } from './rule-violation';
import type { Combatant } from './state';

/** What the condition tools accept: an SRD condition, or one more level of exhaustion. */
export type ConditionOrExhaustion = Condition | 'exhaustion';

function exhaustionPatches(c: Combatant, level: number): StatePatch[] {
  const patches: StatePatch[] = [{ op: 'character.exhaustion', characterId: c.id, exhaustion: level }];
  // Level 4 halves the hit point maximum, so hit points above the new maximum are lost.
  const cap = effectiveMaxHp({ maxHp: c.maxHp, exhaustion: level });
  // Level 6 kills, and so does a maximum halved to nothing.
  if (level >= 6 || cap === 0) {
    return [...patches, { op: 'character.hp', characterId: c.id, hp: 0 }, { op: 'character.dead', characterId: c.id, dead: true }];
  }
  if (c.hp > cap) patches.push({ op: 'character.hp', characterId: c.id, hp: cap });
  return patches;
}

/**
 * Imposes a condition. Immune creatures refuse it; unconsciousness also
 * knocks the creature prone, as the SRD says it falls.
 */
export function applyConditionPatches(c: Combatant, condition: ConditionOrExhaustion, sourceId?: string): StatePatch[] {
  if (c.conditionImmunities.includes(condition)) throw new RuleViolation(`${c.name} is immune to ${condition}`);
  if (condition === 'exhaustion') {
    if (c.exhaustion >= 6) throw new RuleViolation(`${c.name} is already at the last level of exhaustion`);
    return exhaustionPatches(c, c.exhaustion + 1);
  }
  const added = [condition, ...(condition === 'unconscious' ? (['prone'] as const) : [])].filter((k) => !c.conditions.includes(k));
  const sources = sourceId ? { ...c.conditionSources, [condition]: sourceId } : c.conditionSources;
  return [{ op: 'character.conditions', characterId: c.id, conditions: [...c.conditions, ...added], sources }];
}

/**
 * Ends a condition, or one level of exhaustion. A creature at 0 hit points
 * cannot simply wake: only healing or a natural 20 does that.
 */
export function removeConditionPatches(c: Combatant, condition: ConditionOrExhaustion): StatePatch[] {
  if (condition === 'exhaustion') {
    if (c.exhaustion === 0) throw new RuleViolation(`${c.name} is not exhausted`);
    return exhaustionPatches(c, c.exhaustion - 1);
  }
  if (!c.conditions.includes(condition)) throw new RuleViolation(`${c.name} is not ${condition}`);
  if (condition === 'unconscious' && c.hp === 0) {
    throw new RuleViolation(`${c.name} is at 0 hit points and needs healing to wake`);
  }
  return [{ op: 'character.conditions', characterId: c.id, conditions: c.conditions.filter((k) => k !== condition) }];
}
