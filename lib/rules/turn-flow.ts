import { isIncapacitated } from './conditions';
import type { StatePatch } from './patches';
import { findCombatant, type RulesState } from './state';
import { gridFromRows, type Cell } from './grid';
import { TableResolver } from './table-resolver';

/**
 * The bookkeeping the table does between actions, decided by the rules, not
 * by any model: whose turn it is, ending a turn, ending a fight that is over,
 * and which AI players act next.
 */

/** Whose turn it is in the fight, or null when there is no fight. */
export function currentCombatantId(state: RulesState): string | null {
  return state.combat?.order[state.combat.turnIndex]?.id ?? null;
}

/** Able to take actions: alive, conscious and not incapacitated. */
export function canAct(state: RulesState, id: string): boolean {
  const c = findCombatant(state, id);
  return c !== undefined && !c.dead && c.hp > 0 && !isIncapacitated(c);
}

/** Ends the current combatant's turn as the rules do; the next one's start-of-turn rolls (death saves) happen here too. */
export function endTurn(state: RulesState, actorId: string): { state: RulesState; patches: StatePatch[]; nextId: string | null; round: number } {
  const resolver = new TableResolver(state);
  const next = resolver.endTurn(actorId);
  return { state: resolver.state, patches: resolver.patches, nextId: next.currentId, round: next.round };
}

/**
 * A fight is over when one side can no longer fight: every hostile creature
 * is down, or every party member is. Returns the patches that end it.
 */
export function finishedFight(state: RulesState): { state: RulesState; patches: StatePatch[]; winner: 'party' | 'monsters' } | null {
  if (!state.combat) return null;
  const hostilesStanding = state.creatures.some((c) => c.hostile && canAct(state, c.id));
  const partyStanding = state.party.some((c) => canAct(state, c.id));
  if (hostilesStanding && partyStanding) return null;
  const resolver = new TableResolver(state);
  resolver.endCombat();
  return { state: resolver.state, patches: resolver.patches, winner: partyStanding ? 'party' : 'monsters' };
}

/**
 * The AI players who act next, decided together. In a fight: the run of AI
 * players whose turns come next in initiative order. Otherwise: every AI
 * player able to act, after the person has acted.
 */
export function nextAiPlayers(state: RulesState): string[] {
  const ai = new Set(state.party.filter((c) => c.controller === 'ai').map((c) => c.id));
  const combat = state.combat;
  if (!combat) return state.party.filter((c) => ai.has(c.id) && canAct(state, c.id)).map((c) => c.id);
  const run: string[] = [];
  for (let i = 0; i < combat.order.length; i++) {
    const id = combat.order[(combat.turnIndex + i) % combat.order.length]!.id;
    // The run stops at the first turn an AI player cannot take; the rules pass that turn on first.
    if (!ai.has(id) || !canAct(state, id)) break;
    run.push(id);
  }
  return run;
}

/** A late battle map for the place the party is at, if it still fits (same place, no map yet): the state with it laid out. */
export function arrivedMap(
  state: RulesState,
  map: { locationId: string; rows: string[]; partyStart: Cell[]; others: Cell[]; art?: string | null },
): { state: RulesState; patches: StatePatch[] } | null {
  if (state.scene.locationId !== map.locationId || state.grid) return null;
  const resolver = new TableResolver(state);
  try {
    resolver.layOut({ grid: gridFromRows(map.rows), partyStart: map.partyStart, others: map.others, art: map.art });
  } catch {
    return null;
  }
  return { state: resolver.state, patches: resolver.patches };
}
