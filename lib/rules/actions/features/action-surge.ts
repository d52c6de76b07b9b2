import { RuleViolation } from '../../rule-violation';
import { turnPatch } from '../../turn-order';
import { oncePerTurn, spend, type FeatureOutcome, type FeatureUse } from './feature-use';

const ACTION_SURGE = 'action-surge-1-use';

/**
 * Action Surge: one more action on the fighter's turn, once a turn, with
 * uses per short rest from the class table. Actions are only counted in a
 * fight, and it is taken once the turn's action is spent, which gives that
 * action back (attacks still owed by an Attack action stay owed).
 */
export function actionSurge(use: FeatureUse): FeatureOutcome {
  const { user, turn } = use;
  const combat = turn.state.combat;
  if (!combat) throw new RuleViolation('Action Surge gives one more action in a fight; outside one, nobody counts actions');
  if (!combat.turn.actionUsed) throw new RuleViolation(`${user.name} has not used this turn's action yet; Action Surge gives one more after it`);
  oncePerTurn(use, ACTION_SURGE);
  const spent = spend(use, ACTION_SURGE);
  turn.commit([turnPatch(combat, { ...combat.turn, actionUsed: false })]);
  return { outcome: `${user.name} surges into action: one more action this turn (spent ${spent})` };
}
