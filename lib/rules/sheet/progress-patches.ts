import type { StatePatch } from '../patches';
import { RuleViolation } from '../rule-violation';
import type { Build } from './build';
import type { CharacterSheet } from './character';
import { levelUpProblems } from './level-up-rules';
import { resourcesAfterRest } from './resources';
import { spellProblems } from './spell-rules';

/** Experience points gained (from defeated creatures or a milestone). */
export function gainXpPatch(c: CharacterSheet, amount: number): StatePatch {
  if (!Number.isInteger(amount) || amount < 0) throw new RuleViolation('Experience is gained, never lost');
  return { op: 'character.xp', characterId: c.id, xp: c.xp + amount };
}

/** Spends uses or points of a feature's resource (a Second Wind, 5 points of Lay on Hands). */
export function spendResourcePatch(c: CharacterSheet, featureId: string, amount = 1): StatePatch {
  const limit = c.resourceLimits[featureId];
  if (!limit) throw new RuleViolation(`${c.name} has no ${featureId}`);
  if (!Number.isInteger(amount) || amount < 1) throw new RuleViolation('Spend at least one');
  const spent = (c.resources[featureId] ?? 0) + amount;
  if (limit.max !== null && spent > limit.max) throw new RuleViolation(`${c.name} has ${limit.max - (c.resources[featureId] ?? 0)} ${limit.unit} of ${featureId} left`);
  return { op: 'character.resource', characterId: c.id, featureId, spent };
}

/** Gives back uses or points (a feature that restores another, a game master's correction). */
export function recoverResourcePatch(c: CharacterSheet, featureId: string, amount: number): StatePatch {
  if (!c.resourceLimits[featureId]) throw new RuleViolation(`${c.name} has no ${featureId}`);
  return { op: 'character.resource', characterId: c.id, featureId, spent: Math.max(0, (c.resources[featureId] ?? 0) - amount) };
}

/**
 * Resources a rest restores: every one on a long rest, short-rest ones
 * (Second Wind, Action Surge, Channel Divinity, ki) on a short rest.
 */
export function restResourcePatches(c: CharacterSheet, rest: 'short' | 'long'): StatePatch[] {
  const after = resourcesAfterRest(c.resources, c.resourceLimits, rest);
  return Object.keys(c.resources)
    .filter((id) => after[id] === undefined && c.resources[id] !== 0)
    .map((featureId) => ({ op: 'character.resource', characterId: c.id, featureId, spent: 0 }));
}

/** A prepared caster's new preparation, checked against its list and how many it may prepare. */
export function preparePatch(c: CharacterSheet, prepared: readonly string[]): StatePatch {
  const problem = spellProblems({ ...c.spells, prepared: [...prepared] }, c.spellLimits, c.build)[0];
  if (problem) throw new RuleViolation(`${c.name}: ${problem}`);
  return { op: 'character.prepared', characterId: c.id, prepared: [...prepared] };
}

/** The build at the next level, checked as a level-up (level-up-rules.ts). */
export function levelUpPatch(c: CharacterSheet, build: Build): StatePatch {
  const problem = levelUpProblems(c.build, build, c.xp)[0];
  if (problem) throw new RuleViolation(`${c.name}: ${problem}`);
  return { op: 'character.build', characterId: c.id, build };
}
