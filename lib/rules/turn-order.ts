import type { Roller } from './checks';
import { currentTurnId, freshTurn, type Combat, type InitiativeEntry, type TurnBudget } from './combat-state';
import { checkDisadvantages } from './conditions';
import { d20Notation } from './d20';
import type { DiceRollRecord } from './dice';
import type { StatePatch } from './patches';
import { RuleViolation } from './rule-violation';
import { findCombatant, type Combatant, type RulesState } from './state';
import { abilityMod, speedOf } from './stats';

/** Higher initiative first; ties go to the higher Dexterity score, then by id so the order never depends on luck twice. */
function byInitiative(state: RulesState) {
  const dex = (id: string) => findCombatant(state, id)?.abilities.dex ?? 10;
  return (a: InitiativeEntry, b: InitiativeEntry) => b.initiative - a.initiative || dex(b.id) - dex(a.id) || a.id.localeCompare(b.id);
}

/**
 * Rolls initiative (d20 + Dexterity modifier) for each combatant and sorts
 * them. Initiative is a Dexterity check, so what gives checks disadvantage
 * (exhaustion, poison, fear) gives it too.
 */
export function rollInitiative(
  state: RulesState,
  combatants: readonly Combatant[],
  roll: Roller,
): { order: InitiativeEntry[]; rolls: DiceRollRecord[] } {
  const rolls: DiceRollRecord[] = [];
  const order = combatants.map((c) => {
    const mode = checkDisadvantages(c).length > 0 ? 'disadvantage' : 'normal';
    const record = roll(d20Notation(mode, abilityMod(c, 'dex')));
    rolls.push(record);
    return { id: c.id, initiative: record.total };
  });
  return { order: order.sort(byInitiative(state)), rolls };
}

/** Adds a latecomer to a fight in initiative order without changing whose turn it is. */
export function joinPatches(state: RulesState, combat: Combat, entry: InitiativeEntry): StatePatch[] {
  const current = currentTurnId(combat);
  const order = [...combat.order.filter((e) => e.id !== entry.id), entry].sort(byInitiative(state));
  return [{ op: 'combat.order', order, turnIndex: order.findIndex((e) => e.id === current) }];
}

/**
 * Finds the next combatant still in the fight (the dead are skipped; the
 * dying still get turns, to roll death saves), wrapping to a new round.
 */
export function nextTurnIndex(state: RulesState, combat: Combat): { id: string; turnIndex: number; round: number } {
  const size = combat.order.length;
  for (let step = 1; step <= size; step++) {
    const index = (combat.turnIndex + step) % size;
    const entry = combat.order[index];
    const c = entry && findCombatant(state, entry.id);
    if (c && !c.dead) return { id: c.id, turnIndex: index, round: combat.round + (combat.turnIndex + step >= size ? 1 : 0) };
  }
  throw new RuleViolation('Everyone in the fight is dead; end the combat');
}

/** The fight in progress, or a RuleViolation for tools that only make sense in one. */
export function requireCombat(state: RulesState): Combat {
  if (!state.combat) throw new RuleViolation('There is no fight in progress');
  return state.combat;
}

/** In a fight, only the creature whose turn it is may act. Outside one, anyone may. */
export function assertTurn(state: RulesState, c: Combatant): void {
  if (!state.combat) return;
  const current = currentTurnId(state.combat);
  if (current !== c.id) {
    const name = findCombatant(state, current)?.name ?? current;
    throw new RuleViolation(`It is ${name}'s turn, not ${c.name}'s`);
  }
}

/** Feet of movement the current creature has left this turn; a speed of 0 cannot be dashed past. */
export function movementLeft(combat: Combat, c: Combatant): number {
  const speed = speedOf(c);
  if (speed === 0) return 0;
  return Math.max(0, speed + combat.turn.movementBonus - combat.turn.movementUsed);
}

export function turnPatch(combat: Combat, turn: TurnBudget): StatePatch {
  return { op: 'combat.turn', round: combat.round, turnIndex: combat.turnIndex, turn };
}

/**
 * The turn budget after spending the creature's action. One Attack action
 * allows attacksPerAction attacks, so only the first attack spends the action.
 */
export function spendAction(combat: Combat, c: Combatant, purpose: 'attack' | 'action'): TurnBudget {
  const turn = combat.turn;
  if (purpose === 'attack' && turn.attacksLeft > 0) return { ...turn, attacksLeft: turn.attacksLeft - 1 };
  if (turn.actionUsed) throw new RuleViolation(`${c.name} has already used their action this turn`);
  const attacksLeft = purpose === 'attack' ? c.attacksPerAction - 1 : 0;
  return { ...turn, actionUsed: true, attacksLeft };
}

/** The patches that move a fight on to its next turn, with a clean budget. */
export function advancePatches(state: RulesState, combat: Combat): { patches: StatePatch[]; nextId: string } {
  const { id: nextId, turnIndex, round } = nextTurnIndex(state, combat);
  const patches: StatePatch[] = [{ op: 'combat.turn', round, turnIndex, turn: freshTurn }];
  if (round !== combat.round) patches.push({ op: 'session.round', round: state.round + 1 });
  // Dodging lasts until the dodger's next turn starts; so does having spent a reaction.
  if (combat.dodging.includes(nextId)) patches.push({ op: 'combat.dodging', dodging: combat.dodging.filter((id) => id !== nextId) });
  if (combat.reactionsUsed.includes(nextId)) patches.push({ op: 'combat.reactions', reactionsUsed: combat.reactionsUsed.filter((id) => id !== nextId) });
  // An opportunity is taken as the creature leaves reach, or not at all: it lapses with the turn.
  if (combat.opportunities.length > 0) patches.push({ op: 'combat.opportunities', opportunities: [] });
  return { patches, nextId };
}
