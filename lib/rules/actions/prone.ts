import { applyConditionPatches } from '../condition-patches';
import { has } from '../conditions';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';

/** A creature may drop prone of its own will, at no cost in movement; standing up again costs half its speed. */
export function dropProne(turn: TurnContext, characterId: string): void {
  const c = turn.actor(characterId);
  if (has(c, 'prone')) throw new RuleViolation(`${c.name} is already prone`);
  turn.commit(applyConditionPatches(c, 'prone'));
}
