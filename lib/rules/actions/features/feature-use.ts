import { abilities } from '../../abilities';
import type { TurnContext } from '../../turn-context';
import { RuleViolation } from '../../rule-violation';
import { spendResourcePatch } from '../../sheet/progress-patches';
import type { ResourceLimit } from '../../sheet/resources';
import type { Feature } from '../../srd/classes';
import { featureResource, type FeatureResourceAt } from '../../srd/feature-resources';
import type { CharacterSheet } from '../../state';
import { abilityMod } from '../../stats';
import { turnKey, usedThisTurn } from '../../turn-events';
import { spendAction, turnPatch } from '../../turn-order';

/**
 * What a DM asks of a feature: who uses it, which (by name or id), and the
 * choices the feature leaves to the player: a target or several, an option
 * (Channel Divinity's Turn Undead, Cunning Action's Dash, the slot a smite
 * spends) and how many points of a pool to spend. Never a number the rules own.
 */
export type UseFeatureInput = {
  characterId: string;
  feature: string;
  targetId?: string;
  targetIds?: string[];
  option?: string;
  points?: number;
};

/** One use of a feature being resolved: the turn, the user, the feature named and what was asked. */
export type FeatureUse = { turn: TurnContext; user: CharacterSheet; feature: Feature; input: UseFeatureInput };

/** What using a feature did: a sentence for the log and the model, and the numbers behind it. */
export type FeatureOutcome = {
  outcome: string;
  healed?: number;
  hp?: number;
  damage?: number;
  roll?: string;
  /** Per creature, for features that touch several (Turn Undead, Preserve Life). */
  targets?: Array<{ id: string; result: string }>;
  /** The effect a feature left, by its source id. */
  effect?: string;
};

/** A feature's display name without its table note: "Action Surge (1 use)" → "Action Surge". */
export function featureName(feature: Pick<Feature, 'name'>): string {
  return feature.name.replace(/\s*\([^)]*\)\s*$/, '');
}

/** The resource a feature's uses are kept under on the sheet (by the first feature of its line, or the current one), and its numbers at the user's level. */
export function resourceOf(user: CharacterSheet, featureId: string): { limit: ResourceLimit; at: FeatureResourceAt | undefined } | null {
  const limit = Object.values(user.resourceLimits).find((l) => l.featureId === featureId || l.currentFeatureId === featureId);
  if (!limit) return null;
  const mods = Object.fromEntries(abilities.map((a) => [a, abilityMod(user, a)]));
  return { limit, at: featureResource(limit.currentFeatureId, user.level, mods) };
}

/** What is left of a resource. */
export function remaining(user: CharacterSheet, limit: ResourceLimit): number {
  return limit.max === null ? Infinity : limit.max - (user.resources[limit.featureId] ?? 0);
}

/** Spends uses or points of a resource, refusing more than is left with when it comes back. */
export function spend(use: FeatureUse, featureId: string, amount = 1, what = featureName(use.feature)): string {
  const found = resourceOf(use.user, featureId);
  if (!found) throw new RuleViolation(`${use.user.name} has no ${what} to spend`);
  const { limit } = found;
  const left = remaining(use.user, limit);
  if (left < amount) {
    const back = limit.recovery === 'short rest' ? 'a short or long rest' : 'a long rest';
    const have = left === 0 ? `has no ${limit.unit} of ${what} left` : `has only ${left} ${limit.unit} of ${what} left, not ${amount}`;
    throw new RuleViolation(`${use.user.name} ${have}; they come back after ${back}`);
  }
  use.turn.commit([spendResourcePatch(use.user, limit.featureId, amount)]);
  const after = left - amount;
  return Number.isFinite(after) ? `${amount} ${limit.unit === 'uses' ? (amount === 1 ? 'use' : 'uses') : limit.unit} of ${what} (${after} left)` : `a use of ${what}`;
}

/**
 * Spends the part of the turn a feature takes, in a fight (outside one
 * nobody counts actions): the action, or the bonus action. Free features
 * cost nothing.
 */
export function spendTurnPart(use: FeatureUse, part: 'action' | 'bonus action' | 'free'): void {
  const combat = use.turn.state.combat;
  if (!combat || part === 'free') return;
  if (part === 'bonus action') {
    if (combat.turn.bonusActionUsed) throw new RuleViolation(`${use.user.name} has already used their bonus action this turn`);
    use.turn.commit([turnPatch(combat, { ...combat.turn, bonusActionUsed: true })]);
    return;
  }
  use.turn.commit([turnPatch(combat, spendAction(combat, use.user, 'action'))]);
}

/** Refuses a second use in the same turn of a feature that comes once a turn, and marks this one. */
export function oncePerTurn(use: FeatureUse, featureId: string, what = featureName(use.feature)): void {
  if (usedThisTurn(use.turn.events, use.turn.state, use.user.id, featureId)) throw new RuleViolation(`${use.user.name} has already used ${what} this turn; it comes once a turn`);
  use.turn.note({ kind: 'feature', turn: turnKey(use.turn.state), characterId: use.user.id, featureId });
}

/** The one target a feature is used on, or the user when it takes none. */
export function targetOf(use: FeatureUse, required: boolean): string {
  const id = use.input.targetId ?? use.input.targetIds?.[0];
  if (id === undefined && required) throw new RuleViolation(`${featureName(use.feature)} needs a target: name who it is used on`);
  return id ?? use.user.id;
}
