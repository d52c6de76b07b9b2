import { findAttack, resolveAttack } from '../../attack';
import { RuleViolation } from '../../rule-violation';
import { featureResource } from '../../srd/feature-resources';
import { turnKey } from '../../turn-events';
import { featureName, spend, spendTurnPart, type FeatureOutcome, type FeatureUse } from './feature-use';
import { chosenAction, takeQuickAction } from './quick-actions';

const KI = 'ki';

/** A ki feature's cost in points, from the feature resources overlay. */
function kiCost(use: FeatureUse): number {
  const effect = featureResource(use.feature.id, use.user.level)?.effect;
  if (effect?.kind !== 'ki feature') throw new RuleViolation(`${featureName(use.feature)} is not paid for with ki`);
  return effect.cost;
}

/** Pays for a ki feature: its bonus action in a fight, and its ki points (back on a short rest). */
function payKi(use: FeatureUse): string {
  spendTurnPart(use, 'bonus action');
  return spend(use, KI, kiCost(use), 'ki');
}

/**
 * Flurry of Blows: right after taking the Attack action on its turn, the
 * monk spends 1 ki point to make two unarmed strikes as a bonus action,
 * at one target or two.
 */
export function flurryOfBlows(use: FeatureUse): FeatureOutcome {
  const { user, turn } = use;
  const now = turnKey(turn.state);
  if (!turn.events.some((e) => e.kind === 'attack' && e.turn === now && e.result.attackerId === user.id)) {
    throw new RuleViolation(`Flurry of Blows follows the Attack action, and ${user.name} has not attacked this turn`);
  }
  const ids = use.input.targetIds?.length ? use.input.targetIds : use.input.targetId ? [use.input.targetId] : [];
  if (ids.length === 0 || ids.length > 2) throw new RuleViolation('Flurry of Blows makes two unarmed strikes: name one target, or two');
  const spent = payKi(use);
  const strikes = [ids[0]!, ids[1] ?? ids[0]!].map((targetId) => {
    const attacker = turn.combatant(user.id);
    const target = turn.combatant(targetId);
    if (target.dead) return { id: targetId, result: 'already down' };
    const profile = findAttack(attacker, 'unarmed strike');
    const { result, patches } = resolveAttack(turn.state, attacker, target, profile, turn.roll);
    turn.note({ kind: 'attack', turn: turnKey(turn.state), result, weapon: false });
    turn.commit(patches);
    return { id: targetId, result: result.hit ? `hit for ${result.damage?.total ?? 0} (${result.roll.text})` : `miss (${result.roll.text})` };
  });
  return { outcome: `${user.name} unleashes a flurry of blows (spent ${spent})`, targets: strikes };
}

/** Patient Defense: 1 ki point for the Dodge action as a bonus action. */
export function patientDefense(use: FeatureUse): FeatureOutcome {
  const spent = payKi(use);
  return { outcome: `${use.user.name} ${takeQuickAction(use, 'dodge')} (spent ${spent})` };
}

/** Step of the Wind: 1 ki point for the Disengage or Dash action as a bonus action (the doubled jump is the DM's to narrate). */
export function stepOfTheWind(use: FeatureUse): FeatureOutcome {
  const action = chosenAction(use, ['dash', 'disengage']);
  const spent = payKi(use);
  return { outcome: `${use.user.name} ${takeQuickAction(use, action)} (spent ${spent})` };
}
