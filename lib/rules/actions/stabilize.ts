import { distanceFeet, SQUARE_FEET } from '../grid';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { isDying } from '../stats';
import { spendAction, turnPatch } from '../turn-order';
import { rollCheck } from './ability-check';
import type { CheckResult } from '../checks';

/** The SRD's DC to stabilise a dying creature with Medicine. */
const STABILIZE_DC = 10;

/**
 * First aid: an action and a DC 10 Wisdom (Medicine) check to stabilise a
 * creature at 0 hit points within reach. It stops dying but heals nothing:
 * hit points come back only from spells, potions, hit dice, features and rests.
 */
export function stabilize(turn: TurnContext, characterId: string, targetId: string): { check: CheckResult; stable: boolean } {
  const healer = turn.actor(characterId);
  const target = turn.combatant(targetId);
  if (!isDying(target)) {
    throw new RuleViolation(`${target.name} is not dying: Medicine stabilises a creature at 0 hit points, and wounds heal only with spells, potions, hit dice, features and rests`);
  }
  if (healer.position && target.position && distanceFeet(healer.position, target.position) > SQUARE_FEET) {
    throw new RuleViolation(`${target.name} is out of reach; ${healer.name} must be beside them to tend them`);
  }
  const combat = turn.state.combat;
  if (combat) turn.commit([turnPatch(combat, spendAction(combat, healer, 'action'))]);
  const check = rollCheck(turn, characterId, 'medicine', STABILIZE_DC);
  if (check.success) turn.commit([{ op: 'character.deathSaves', characterId: target.id, successes: 0, failures: 0, stable: true }]);
  return { check, stable: check.success };
}
