import type { GameState } from '@/lib/rules/state';
import type { NewSessionEvent, SessionEvent } from '@/lib/rules/session-log';
import type { Database, Queryable } from '../types';
import { claimSeat, releaseSeat } from './members';
import { markActionApplied } from './session-actions';
import { appendEvents, StaleVersionError, toEvent } from './sessions';

/** The session actor's persisted snapshot as of a commit, and the story memory that goes with it. */
export type CommittedSnapshot = { value: unknown; machineVersion: number; memory: unknown };

export type CommitInput = {
  sessionId: string;
  expectedVersion: number;
  state: GameState;
  events: NewSessionEvent[];
  appliedActionId?: string | null;
  /** Who holds a character's seat from this commit on (userId null: nobody), written with its events. */
  seat?: { characterId: string; userId: string | null } | null;
  /** The rulebooks the table plays by from this commit on, when it changes them. */
  ruleSystems?: string[] | null;
  snapshot?: CommittedSnapshot | null;
};

/** A seat someone else holds: the commit that would have given it is refused whole. */
export class SeatTakenError extends Error {
  constructor(characterId: string) {
    super(`Someone else already holds the seat of ${characterId}`);
    this.name = 'SeatTakenError';
  }
}

/**
 * Every so many commits the whole state is written, with the log entry it is
 * as of; between, a commit writes only its log entries, whose patches the
 * reader plays on the checkpoint. The state is tens of kilobytes; writing it
 * every turn was the largest cost of a commit.
 */
export const STATE_CHECKPOINT_EVERY = 16;

const SET_SESSION = `state = coalesce($3::json, state),
  state_seq = case when $3::json is null then state_seq else coalesce((select max(seq) from session_events where session_id = $1), 0) + $7::int end,
  version = version + 1, updated_at = now(),
  snapshot = coalesce($4::jsonb, snapshot), snapshot_version = case when $4::jsonb is null then snapshot_version else version + 1 end,
  machine_version = coalesce($5::integer, machine_version), memory = coalesce($6::jsonb, memory)`;

function sessionParams(input: CommitInput): unknown[] {
  const snapshot = input.snapshot ?? null;
  const checkpoint = (input.expectedVersion + 1) % STATE_CHECKPOINT_EVERY === 0;
  return [
    input.sessionId,
    input.expectedVersion,
    checkpoint ? input.state : null,
    snapshot?.value ?? null,
    snapshot?.machineVersion ?? null,
    snapshot?.memory ?? null,
    input.events.length,
  ];
}

/**
 * Commits a turn's events, the state they produced and the actor's snapshot
 * after them atomically, only if nobody else committed since
 * `expectedVersion`: a restart finds the snapshot and the log in step.
 */
export async function commitSessionEvents(db: Database, input: CommitInput): Promise<{ version: number; events: SessionEvent[] }> {
  return input.seat || input.ruleSystems ? commitWithTableChange(db, input) : commitInOneStatement(db, input);
}

/**
 * Most turns: one statement, which is atomic on its own, so the turn pays
 * for one round trip and no BEGIN or COMMIT. The person's action is applied
 * with its turn or not at all; both wait on the session row's version, which
 * only a commit moves.
 */
async function commitInOneStatement(db: Queryable, input: CommitInput): Promise<{ version: number; events: SessionEvent[] }> {
  const text = JSON.stringify(input.events);
  const { rows } = await db.query<{ version: number | null; events: Array<{ seq: number; created_at: string }> }>(
    `with ready as (
       select 1 from sessions where id = $1 and version = $2
          and ($8::uuid is null or exists (select 1 from session_actions where id = $8::uuid and status = 'queued'))
     ),
     updated as (
       update sessions set ${SET_SESSION} where id = $1 and version = $2 and exists (select 1 from ready) returning version
     ),
     applied as (
       update session_actions set status = 'applied', applied_at = now()
        where id = $8::uuid and status = 'queued' and exists (select 1 from updated) returning id
     ),
     appended as (
       insert into session_events (session_id, seq, type, data)
       select $1, coalesce((select max(seq) from session_events where session_id = $1), 0) + e.ord, e.value->>'type', e.value->'data'
         from jsonb_array_elements($9::jsonb) with ordinality as e(value, ord)
        where exists (select 1 from updated)
       returning seq, created_at
     )
     select (select version from updated) as version,
            (select count(*) from applied) as applied,
            coalesce((select json_agg(json_build_object('seq', seq, 'created_at', created_at) order by seq) from appended), '[]'::json) as events`,
    [...sessionParams(input), input.appliedActionId ?? null, text],
  );
  const row = rows[0];
  if (!row || row.version === null) throw new StaleVersionError(input.sessionId, input.expectedVersion);
  const sent = JSON.parse(text) as NewSessionEvent[];
  const events = row.events.map((e, i) =>
    toEvent({ seq: e.seq, type: sent[i]!.type, data: sent[i]!.data, created_at: new Date(e.created_at).toISOString() }),
  );
  return { version: row.version, events };
}

/** A commit that seats or unseats someone, or changes the table's rulebooks: their own writes and checks need a transaction around them. */
async function commitWithTableChange(db: Database, input: CommitInput): Promise<{ version: number; events: SessionEvent[] }> {
  return db.transaction(async (tx) => {
    const updated = await tx.query<{ version: number }>(`update sessions set ${SET_SESSION} where id = $1 and version = $2 returning version`, sessionParams(input));
    const row = updated.rows[0];
    if (!row) throw new StaleVersionError(input.sessionId, input.expectedVersion);
    if (input.appliedActionId && !(await markActionApplied(tx, { actionId: input.appliedActionId }))) {
      throw new StaleVersionError(input.sessionId, input.expectedVersion);
    }
    if (input.seat) await writeSeat(tx, input.sessionId, input.seat);
    if (input.ruleSystems) await writeRulebooks(tx, input.sessionId, input.ruleSystems);
    const events = await appendEvents(tx, input.sessionId, input.events);
    return { version: row.version, events };
  });
}

async function writeRulebooks(tx: Queryable, sessionId: string, ruleSystemIds: string[]): Promise<void> {
  await tx.query('delete from session_rule_systems where session_id = $1', [sessionId]);
  await tx.query('insert into session_rule_systems (session_id, rule_system_id) select $1, unnest($2::uuid[])', [sessionId, ruleSystemIds]);
}

async function writeSeat(tx: Queryable, sessionId: string, seat: { characterId: string; userId: string | null }): Promise<void> {
  const { characterId, userId } = seat;
  if (userId === null) return releaseSeat(tx, { sessionId, characterId });
  if (!(await claimSeat(tx, { sessionId, userId, characterId }))) throw new SeatTakenError(characterId);
}
