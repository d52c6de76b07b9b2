import type { Combatant } from '../state';
import { isCharacter } from '../state';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { movementLeft, requireCombat, spendAction, turnPatch } from '../turn-order';

/** Stat block traits that let a creature disengage as a bonus action (a goblin's Nimble Escape). */
const bonusDisengage = ['Nimble Escape'];

function mayDisengageAsBonus(c: Combatant): boolean {
  return !isCharacter(c) && c.traits.some((t) => bonusDisengage.includes(t.name));
}

/**
 * The Disengage action: for the rest of the turn the creature's movement
 * provokes no opportunity attacks. It takes the action; a stat block trait
 * such as Nimble Escape makes it a bonus action (a rogue's Cunning Action
 * is use_feature's).
 */
export function disengage(turn: TurnContext, input: { characterId: string; bonusAction?: boolean }): { characterId: string; movementLeft: number; used: 'action' | 'bonus action' } {
  const c = turn.actor(input.characterId);
  const combat = requireCombat(turn.state);
  if (combat.turn.disengaged) throw new RuleViolation(`${c.name} has already disengaged this turn`);
  if (input.bonusAction && !mayDisengageAsBonus(c)) {
    throw new RuleViolation(`Disengaging takes ${c.name}'s action: only a feature such as Cunning Action or a trait such as Nimble Escape makes it a bonus action`);
  }
  if (input.bonusAction && combat.turn.bonusActionUsed) throw new RuleViolation(`${c.name} has already used their bonus action this turn`);
  const spent = input.bonusAction ? { ...combat.turn, bonusActionUsed: true } : spendAction(combat, c, 'action');
  turn.commit([turnPatch(combat, { ...spent, disengaged: true })]);
  return { characterId: c.id, movementLeft: movementLeft(requireCombat(turn.state), turn.combatant(c.id)), used: input.bonusAction ? 'bonus action' : 'action' };
}
