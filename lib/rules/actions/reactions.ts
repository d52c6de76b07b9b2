import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import type { Combatant, RulesState } from '../state';
import { requireCombat } from '../turn-order';

/** Whether a creature still has its reaction: one a round, back when its own turn starts. */
export function hasReaction(state: RulesState, c: Pick<Combatant, 'id'>): boolean {
  return state.combat !== null && !state.combat.reactionsUsed.includes(c.id);
}

/** Spends a creature's reaction, refusing a second one before its next turn. */
export function spendReaction(turn: TurnContext, c: Combatant, what: string): void {
  const combat = requireCombat(turn.state);
  if (combat.reactionsUsed.includes(c.id)) {
    throw new RuleViolation(`${c.name} has already used their reaction this round; it comes back when their next turn starts, so ${what} cannot happen now`);
  }
  turn.commit([{ op: 'combat.reactions', reactionsUsed: [...combat.reactionsUsed, c.id] }]);
}
