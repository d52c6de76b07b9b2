import { has } from './conditions';
import { effectiveMaxHp } from './combatant';
import { adjustForType, type DamageAdjustment, type DamageType } from './damage-types';
import type { StatePatch } from './patches';
import { isCharacter, type Combatant } from './state';

/** How damage landed, for narration and for the DM model. */
export type DamageOutcome = {
  /** Damage after resistances, before temporary hit points soak it. */
  amount: number;
  adjustment: DamageAdjustment;
  absorbedByTempHp: number;
  /** What happened to the creature, if anything beyond losing hit points. */
  result: 'hurt' | 'downed' | 'knocked out' | 'death save failed' | 'killed';
};

/** What kind of damage this is and how it was dealt, which changes how it lands. */
export type DamageOptions = {
  type?: DamageType;
  /** A critical hit on a creature already at 0 counts as two failed death saves. */
  critical?: boolean;
  /** A melee attacker may knock a creature out instead of killing it. */
  nonlethal?: boolean;
};

function killed(c: Combatant): StatePatch[] {
  return [
    { op: 'character.hp', characterId: c.id, hp: 0 },
    { op: 'character.dead', characterId: c.id, dead: true },
  ];
}

function fallUnconscious(c: Combatant, stable: boolean): StatePatch[] {
  const added = (['unconscious', 'prone'] as const).filter((k) => !c.conditions.includes(k));
  return [
    { op: 'character.hp', characterId: c.id, hp: 0 },
    { op: 'character.conditions', characterId: c.id, conditions: [...c.conditions, ...added] },
    { op: 'character.deathSaves', characterId: c.id, successes: 0, failures: 0, stable },
  ];
}

/** Damage to a creature already at 0 hit points: a failed death save, or death. */
function damageAtZero(c: Combatant, amount: number, options: DamageOptions): { patches: StatePatch[]; result: DamageOutcome['result'] } {
  if (amount >= effectiveMaxHp(c) || !isCharacter(c)) return { patches: killed(c), result: 'killed' };
  const failures = Math.min(3, c.deathSaves.failures + (options.critical ? 2 : 1));
  if (failures >= 3) return { patches: killed(c), result: 'killed' };
  const patches: StatePatch[] = [
    { op: 'character.deathSaves', characterId: c.id, successes: c.deathSaves.successes, failures, stable: false },
  ];
  return { patches, result: 'death save failed' };
}

/**
 * Damage soaks into temporary hit points first, then lowers hit points to no
 * less than 0. At 0 a character falls unconscious and starts dying, a monster
 * dies, and damage left over that reaches the hit point maximum kills outright.
 */
export function damagePatches(
  c: Combatant,
  rawAmount: number,
  options: DamageOptions = {},
): { patches: StatePatch[]; outcome: DamageOutcome } {
  const { amount, adjustment } = options.type
    ? adjustForType(rawAmount, options.type, c, has(c, 'petrified'))
    : { amount: Math.max(0, rawAmount), adjustment: null };
  const absorbedByTempHp = Math.min(c.tempHp, amount);
  const rest = amount - absorbedByTempHp;
  const patches: StatePatch[] = [];
  if (absorbedByTempHp > 0) patches.push({ op: 'character.tempHp', characterId: c.id, tempHp: c.tempHp - absorbedByTempHp });
  const outcome = (result: DamageOutcome['result']): DamageOutcome => ({ amount, adjustment, absorbedByTempHp, result });

  if (c.hp === 0) {
    if (rest === 0) return { patches, outcome: outcome('hurt') };
    const atZero = damageAtZero(c, rest, options);
    return { patches: [...patches, ...atZero.patches], outcome: outcome(atZero.result) };
  }
  const hp = Math.max(0, c.hp - rest);
  if (hp > 0) return { patches: [...patches, { op: 'character.hp', characterId: c.id, hp }], outcome: outcome('hurt') };
  if (rest - c.hp >= effectiveMaxHp(c)) return { patches: [...patches, ...killed(c)], outcome: outcome('killed') };
  if (options.nonlethal) return { patches: [...patches, ...fallUnconscious(c, true)], outcome: outcome('knocked out') };
  if (!isCharacter(c)) return { patches: [...patches, ...killed(c)], outcome: outcome('killed') };
  return { patches: [...patches, ...fallUnconscious(c, false)], outcome: outcome('downed') };
}
