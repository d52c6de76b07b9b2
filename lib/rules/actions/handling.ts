import { distanceFeet } from '../grid';
import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import type { Combatant } from '../state';
import { spendAction, turnPatch } from '../turn-order';

/**
 * What handling things costs in the SRD's terms: hands must reach (5 feet,
 * where both stand on the battle map), and in a fight some uses of an
 * object take the creature's action.
 */

/** Refuses when two creatures on the battle map stand too far apart to hand something over. */
export function assertWithinReach(a: Combatant, b: Combatant, doing: string): void {
  if (a.id === b.id || !a.position || !b.position) return;
  const feet = distanceFeet(a.position, b.position);
  if (feet > 5) throw new RuleViolation(`${a.name} is ${feet} feet from ${b.name}; ${doing} needs them within 5 feet. Move closer first`);
}

/** In a fight, the patch spending the actor's action (drinking a potion, using a kit, searching a body); nothing outside one. */
export function actionCost(turn: TurnContext, actor: Combatant): StatePatch[] {
  const combat = turn.state.combat;
  return combat ? [turnPatch(combat, spendAction(combat, actor, 'action'))] : [];
}

/** Refuses what cannot be done in the middle of a fight (trading, attuning, putting on armour). */
export function assertNoFight(turn: TurnContext, doing: string, instead: string): void {
  if (turn.state.combat) throw new RuleViolation(`Nobody ${doing} in the middle of a fight; ${instead}`);
}
