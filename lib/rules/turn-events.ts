import type { AttackResult } from './attack';
import type { RulesState } from './state';

/**
 * What has already happened while one turn is resolved, for rules that
 * depend on it: Divine Smite follows a melee weapon hit, Sneak Attack and
 * Action Surge come once a turn, Arcane Recovery comes as a short rest
 * ends. A resolver keeps these for its turn only; they are not state.
 *
 * `turn` tells turns of a fight apart (`"3:1"`: round 3, the second in the
 * order), since a reaction can come on another creature's turn; outside a
 * fight it is null, and the whole action is one turn.
 */
export type TurnEvent =
  | { kind: 'attack'; turn: string | null; result: AttackResult; weapon: boolean }
  | { kind: 'feature'; turn: string | null; characterId: string; featureId: string }
  | { kind: 'rest'; turn: string | null; characterId: string; rest: 'short' | 'long' };

/** The key of the turn in progress, as TurnEvent's `turn` holds it. */
export function turnKey(state: RulesState): string | null {
  return state.combat ? `${state.combat.round}:${state.combat.turnIndex}` : null;
}

/** Whether a creature has used a feature in the turn in progress. */
export function usedThisTurn(events: readonly TurnEvent[], state: RulesState, characterId: string, featureId: string): boolean {
  const now = turnKey(state);
  return events.some((e) => e.kind === 'feature' && e.turn === now && e.characterId === characterId && e.featureId === featureId);
}
