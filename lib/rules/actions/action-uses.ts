import type { Creature } from '../creature';
import type { ActionUses, CreatureAbility } from '../monster-shape';
import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';

/** SRD legendary creatures take three legendary actions a round. */
export const LEGENDARY_ACTIONS_PER_ROUND = 3;

/** What a recharge roll decided at the start of a creature's turn. */
export type RechargeRoll = { action: string; roll: number; needed: number; recharged: boolean };

function usesPatch(c: Creature, actionUses: ActionUses): StatePatch {
  return { op: 'creature.actionUses', creatureId: c.id, actionUses };
}

/** What a limited use is counted by: an action's name and usage, or an innate spell's. */
type Limited = Pick<CreatureAbility, 'name' | 'usage'>;

/** Refuses an action whose recharge or daily uses are spent, saying when it comes back and what else there is. */
export function assertAvailable(c: Creature, action: Limited): void {
  const usage = action.usage;
  const spent = c.actionUses.spent[action.name] ?? 0;
  if (!usage || usage.kind === 'at will') return;
  if (usage.kind === 'recharge' && spent > 0) {
    const faces = usage.min === 6 ? '6' : `${usage.min}–6`;
    throw new RuleViolation(
      `${c.name}'s ${action.name} has not recharged: it comes back at the start of one of its turns on a d6 roll of ${faces}. Until then it must use another action.`,
    );
  }
  if (usage.kind === 'per day' && spent >= usage.times) {
    throw new RuleViolation(`${c.name} has used ${action.name} ${usage.times} time${usage.times === 1 ? '' : 's'} today, all it may; it returns after a long rest.`);
  }
  if (usage.kind === 'per rest' && spent >= usage.times) {
    throw new RuleViolation(`${c.name} has used ${action.name} and must finish a ${usage.rests.join(' or ')} rest before using it again.`);
  }
}

/** The patch that spends one use of a limited action or innate spell, refused when none is left; none for an unlimited one. */
export function usePatches(c: Creature, action: Limited): StatePatch[] {
  if (!action.usage || action.usage.kind === 'at will') return [];
  assertAvailable(c, action);
  const spent = { ...c.actionUses.spent, [action.name]: (c.actionUses.spent[action.name] ?? 0) + 1 };
  return [usesPatch(c, { ...c.actionUses, spent })];
}

/** Spends one use of a limited action; an unlimited one costs nothing. */
export function spendUse(turn: TurnContext, c: Creature, action: CreatureAbility): void {
  turn.commit(usePatches(c, action));
}

/** Uses left of a limited action or innate spell, for the tool's answer; null when it is not limited by count. */
export function usesLeft(c: Creature, action: Limited): number | null {
  const usage = action.usage;
  if (!usage || usage.kind === 'at will') return null;
  const spent = c.actionUses.spent[action.name] ?? 0;
  return usage.kind === 'recharge' ? (spent > 0 ? 0 : 1) : Math.max(0, usage.times - spent);
}

/**
 * A legendary action: only at the end of another creature's turn, one after
 * each such turn, and no more than three actions' worth (by cost) a round.
 */
export function spendLegendary(turn: TurnContext, c: Creature, action: CreatureAbility): number {
  const combat = turn.state.combat;
  if (!combat) throw new RuleViolation('Legendary actions are taken in a fight, at the end of other creatures’ turns');
  if (combat.order[combat.turnIndex]?.id === c.id) {
    throw new RuleViolation(`${c.name} cannot take a legendary action on its own turn: they come at the end of other creatures’ turns`);
  }
  const now = `${combat.round}:${combat.turnIndex}`;
  if (c.actionUses.legendaryAfter === now) throw new RuleViolation(`${c.name} has already taken a legendary action after this turn; only one may follow each turn`);
  const cost = action.cost ?? 1;
  const left = LEGENDARY_ACTIONS_PER_ROUND - c.actionUses.legendarySpent;
  if (cost > left) throw new RuleViolation(`${action.name} costs ${cost} legendary actions and ${c.name} has ${left} left until its next turn`);
  turn.commit([usesPatch(c, { ...c.actionUses, legendarySpent: c.actionUses.legendarySpent + cost, legendaryAfter: now })]);
  return left - cost;
}

/**
 * As a creature's turn starts: each of its spent recharging actions rolls a
 * d6 and comes back on its number, and its legendary actions return.
 */
export function monsterTurnStarts(turn: TurnContext, creatureId: string): RechargeRoll[] {
  const c = turn.combatant(creatureId);
  if ('level' in c || c.dead) return [];
  const rolls: RechargeRoll[] = [];
  const spent = { ...c.actionUses.spent };
  for (const action of [...c.actions, ...c.reactions, ...c.legendaryActions]) {
    if (action.usage?.kind !== 'recharge' || !spent[action.name]) continue;
    const roll = turn.roll('1d6').total;
    const recharged = roll >= action.usage.min;
    if (recharged) delete spent[action.name];
    rolls.push({ action: action.name, roll, needed: action.usage.min, recharged });
  }
  const fresh = { spent, legendarySpent: 0, legendaryAfter: null };
  const changed = rolls.some((r) => r.recharged) || c.actionUses.legendarySpent > 0 || c.actionUses.legendaryAfter !== null;
  if (changed) turn.commit([usesPatch(c, fresh)]);
  return rolls;
}
