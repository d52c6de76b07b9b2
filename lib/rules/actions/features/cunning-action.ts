import { spendTurnPart, type FeatureOutcome, type FeatureUse } from './feature-use';
import { chosenAction, takeQuickAction } from './quick-actions';

/** Cunning Action: the rogue's bonus action can Dash, Disengage or Hide. */
export function cunningAction(use: FeatureUse): FeatureOutcome {
  const action = chosenAction(use, ['dash', 'disengage', 'hide']);
  spendTurnPart(use, 'bonus action');
  return { outcome: `${use.user.name} ${takeQuickAction(use, action)} as a bonus action` };
}
