import type { ActorRefFrom } from 'xstate';
import { getSessionById } from '@/lib/db/queries/sessions';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import type { TableStatus } from '@/lib/realtime/live-events';
import { applyPatches } from '@/lib/rules/patches';
import { publicState } from '@/lib/rules/public-state';
import type { RulesState } from '@/lib/rules/state';
import { currentCombatantId } from '@/lib/rules/turn-flow';
import type { sessionMachine } from '@/machines/session.machine';

type SessionContext = ReturnType<ActorRefFrom<typeof sessionMachine>['getSnapshot']>['context'];

/** The table as people may see it: its state without the DM's secrets, its version, and what it is doing. */
export type TableView = { state: RulesState; version: number; status: TableStatus };

/** What the table is doing, from a running actor's snapshot or a persisted one. */
export function statusOf(snapshot: { value: unknown; context: SessionContext }): TableStatus {
  const value = snapshot.value as string;
  const phase = value === 'resolving' || value === 'aiDeciding' || value === 'awaitingAction' ? value : 'committing';
  const turn = snapshot.context.turn;
  const waitingFor = phase === 'awaitingAction' ? currentCombatantId(snapshot.context.state) : null;
  return {
    phase,
    turnId: phase === 'awaitingAction' ? null : (turn?.turnId ?? null),
    characterId: phase === 'awaitingAction' ? waitingFor : (turn?.actorId ?? null),
    action: phase === 'resolving' ? (turn?.text ?? null) : null,
    error: snapshot.context.lastError,
    paused: snapshot.context.paused,
  };
}

/** A table another instance plays (or nobody, now): its committed state, and what its holder last saved it was doing. */
export async function viewFromDatabase(db: Database, sessionId: string): Promise<TableView> {
  const record = await getSessionById(db, { id: sessionId });
  if (!record) throw new AppError('not_found', `There is no session "${sessionId}"`);
  const state = applyPatches(record.state, []);
  const saved = record.snapshot?.version === record.version ? (record.snapshot.value as Parameters<typeof statusOf>[0]) : null;
  // A saved snapshot keeps no state of its own: the committed one at its version is the table's.
  const status = saved?.context
    ? statusOf({ ...saved, context: { ...saved.context, state } })
    : { phase: 'awaitingAction' as const, turnId: null, characterId: currentCombatantId(state), action: null, error: null, paused: false };
  return { state: publicState(state), version: record.version, status };
}
