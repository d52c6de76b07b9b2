import { distanceFeet, SQUARE_FEET } from '../grid';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { addEffectPatch } from '../sheet/effect-patches';
import { spendAction, turnPatch } from '../turn-order';

/** What the Help action gave: advantage on the ally's next attack roll or ability check. */
export type HelpResult = { helperId: string; allyId: string; on: 'attack roll' | 'ability check'; targetId: string | null; until: string };

/**
 * The Help action: the helper lends a hand, and the ally's next ability
 * check, or with a foe named (one within 5 feet of the helper) its next
 * attack roll, has advantage, if it comes before the helper's next turn.
 * The advantage is an effect on the ally that its next such roll uses up.
 */
export function help(turn: TurnContext, input: { helperId: string; allyId: string; targetId?: string }): HelpResult {
  const helper = turn.actor(input.helperId);
  const ally = turn.able(input.allyId);
  if (ally.id === helper.id) throw new RuleViolation(`${helper.name} cannot help themselves: the Help action aids another creature`);
  const target = input.targetId !== undefined ? turn.living(input.targetId) : null;
  if (target && helper.position && target.position && distanceFeet(helper.position, target.position) > SQUARE_FEET) {
    throw new RuleViolation(`To help an attack, ${helper.name} must be within 5 feet of ${target.name} to distract it; move closer first, or help with a check instead`);
  }
  const combat = turn.state.combat;
  if (combat) turn.commit([turnPatch(combat, spendAction(combat, helper, 'action'))]);
  const on = target ? ('attack rolls' as const) : ('ability checks' as const);
  const ends = combat ? [{ kind: 'turn' as const, edge: 'start' as const, of: helper.id, round: combat.round + 1 }] : [{ kind: 'minutes' as const, minutes: 10 }];
  turn.commit([
    addEffectPatch(turn.combatant(ally.id), {
      id: `help-from-${helper.id}`,
      source: { kind: 'action', id: 'help', by: helper.id },
      modifiers: [{ kind: 'advantage', on, once: true }],
      ends,
    }),
  ]);
  return {
    helperId: helper.id,
    allyId: ally.id,
    on: target ? 'attack roll' : 'ability check',
    targetId: target?.id ?? null,
    until: combat ? `the start of ${helper.name}'s next turn` : 'it is used',
  };
}
