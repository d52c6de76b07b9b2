import { defeatProgress } from './advancement/table-progress';
import { applyPatches } from './patches';
import type { AgentUsage, NewSessionEvent, TurnOutcome } from './session-log';
import type { RulesState } from './state';
import { canAct, currentCombatantId, endTurn, finishedFight } from './turn-flow';

/** An action being resolved: who takes it, who chose it, and what they try. */
export type TurnTaken = {
  turnId: string;
  actorId: string;
  /** Who chose it: a person, an AI player, or the DM playing a monster. */
  controller: 'human' | 'ai' | 'dm';
  text: string;
  usage: AgentUsage | null;
};

/** What a turn leaves to commit: the state it produced and the log events that say how. */
export type StagedTurn = { state: RulesState; events: NewSessionEvent[] };

/** Why an outcome was set aside, in words the table shows. */
export const FORBIDDEN_OUTCOME = 'The DM proposed a change the rules forbid';

export function nameOf(state: RulesState, id: string): string {
  return [...state.party, ...state.creatures].find((c) => c.id === id)?.name ?? id;
}

/** The party members who saw it happen: the conscious ones (the story each remembers is built from these). */
export function witnesses(state: RulesState): string[] {
  return state.party.filter((c) => canAct(state, c.id)).map((c) => c.id);
}

function acted(turn: TurnTaken, state: RulesState): NewSessionEvent {
  const { turnId, actorId: characterId, controller, text, usage } = turn;
  return { type: 'player.acted', data: { turnId, characterId, characterName: nameOf(state, characterId), controller, text, usage, witnesses: witnesses(state) } };
}

/** Ends the current combatant's turn without an action (it cannot act), as the rules pass it on. */
export function skipTurn(state: RulesState, id: string): StagedTurn {
  const ended = endTurn(state, id);
  return { state: ended.state, events: [{ type: 'turn.advanced', data: { endedId: id, nextId: ended.nextId, round: ended.round, patches: ended.patches } }] };
}

/** After an action: the bookkeeping the rules require (the fight ends, or the actor's turn does; experience for foes defeated). */
export function afterAction(state: RulesState, actorId: string): StagedTurn {
  const over = finishedFight(state);
  if (over) {
    // Experience for the fight goes to the party members who were in it; a lost fight still counts the foes that died.
    const fought = over.winner === 'party' ? state.combat!.order.map((e) => e.id) : null;
    const progress = defeatProgress(over.state, fought);
    return { state: progress.state, events: [{ type: 'combat.ended', data: { winner: over.winner, patches: over.patches } }, ...progress.events] };
  }
  if (!state.combat) return defeatProgress(state, null);
  if (currentCombatantId(state) !== actorId) return { state, events: [] };
  return skipTurn(state, actorId);
}

/** A turn that came to nothing: it is logged with the reason, and the rules' bookkeeping still happens. */
export function stageFailedTurn(state: RulesState, turn: TurnTaken, reason: string): StagedTurn {
  const after = afterAction(state, turn.actorId);
  return {
    state: after.state,
    events: [acted(turn, state), { type: 'turn.failed', data: { turnId: turn.turnId, characterId: turn.actorId, reason } }, ...after.events],
  };
}

/**
 * The DM's outcome applied to the table with the bookkeeping after it. An
 * outcome the rules refuse (a patch that cannot apply) stages a failed turn
 * instead: the model's word never bends the state.
 */
export function stageResolvedTurn(state: RulesState, turn: TurnTaken, outcome: TurnOutcome): StagedTurn {
  let after: StagedTurn;
  try {
    after = afterAction(applyPatches(state, outcome.patches), turn.actorId);
  } catch {
    return stageFailedTurn(state, turn, FORBIDDEN_OUTCOME);
  }
  const narrated: NewSessionEvent = { type: 'dm.narrated', data: { turnId: turn.turnId, characterId: turn.actorId, witnesses: witnesses(state), ...outcome } };
  return { state: after.state, events: [acted(turn, state), narrated, ...after.events] };
}
