import { applyPatches, type StatePatch } from './patches';
import type { SessionEvent } from './session-log';
import type { GameState, RulesState } from './state';

/** The state changes a log entry records; entries that change nothing (an action, a pause) have none. */
export function patchesOf(event: Pick<SessionEvent, 'data'>): readonly StatePatch[] {
  const data = event.data as { patches?: readonly StatePatch[] };
  return data.patches ?? [];
}

/**
 * The table after a stretch of its log: the entries' patches played, in
 * order, on the state before them. Every change a turn makes is one of its
 * entries' patches, so a checkpoint and the log after it give the table.
 */
export function replayLog(state: GameState, events: ReadonlyArray<Pick<SessionEvent, 'data'>>): RulesState {
  return applyPatches(state, events.flatMap(patchesOf));
}
