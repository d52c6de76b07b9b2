import type { GameState } from '@/lib/rules/state';
import type { NewSessionEvent, SessionEvent } from '@/lib/rules/session-log';
import type { Database, Queryable } from '../types';
import { claimSeat, releaseSeat } from './members';
import { StaleVersionError, toEvent } from './sessions';

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
const STATE_CHECKPOINT_EVERY = 16;

/**
 * Commits a turn's events, the state they produced and the actor's snapshot
 * after them atomically, only if nobody else committed since
 * `expectedVersion`: a restart finds the snapshot and the log in step.
 */
export async function commitSessionEvents(db: Database, input: CommitInput): Promise<{ version: number; events: SessionEvent[] }> {
  return input.seat || input.ruleSystems ? commitWithTableChange(db, input) : commitTurn(db, input);
}

/**
 * The commit itself, in one call (the database's `commit_session_turn`),
 * atomic on its own, so most turns pay for one round trip and no BEGIN or
 * COMMIT. The person's action is applied with its turn or not at all; both
 * wait on the session row's version, which only a commit moves.
 */
async function commitTurn(db: Queryable, input: CommitInput): Promise<{ version: number; events: SessionEvent[] }> {
  const text = JSON.stringify(input.events);
  const snapshot = input.snapshot ?? null;
  const checkpoint = (input.expectedVersion + 1) % STATE_CHECKPOINT_EVERY === 0;
  const { rows } = await db.query<{ new_version: number | null; appended: Array<{ seq: number; created_at: string }> }>(
    'select * from commit_session_turn($1::uuid, $2::int, $3::json, $4::jsonb, $5::int, $6::jsonb, $7::uuid, $8::jsonb)',
    [
      input.sessionId,
      input.expectedVersion,
      checkpoint ? input.state : null,
      snapshot?.value ?? null,
      snapshot?.machineVersion ?? null,
      snapshot?.memory ?? null,
      input.appliedActionId ?? null,
      text,
    ],
  );
  const row = rows[0];
  if (!row || row.new_version === null) throw new StaleVersionError(input.sessionId, input.expectedVersion);
  const sent = JSON.parse(text) as NewSessionEvent[];
  const events = row.appended.map((e, i) =>
    toEvent({ seq: e.seq, type: sent[i]!.type, data: sent[i]!.data, created_at: new Date(e.created_at).toISOString() }),
  );
  return { version: row.new_version, events };
}

/**
 * A commit that seats or unseats someone, or changes the table's
 * rulebooks: their own writes and checks join the commit in a transaction,
 * after it, so a stale table is refused first.
 */
async function commitWithTableChange(db: Database, input: CommitInput): Promise<{ version: number; events: SessionEvent[] }> {
  return db.transaction(async (tx) => {
    const committed = await commitTurn(tx, input);
    if (input.seat) await writeSeat(tx, input.sessionId, input.seat);
    if (input.ruleSystems) await writeRulebooks(tx, input.sessionId, input.ruleSystems);
    return committed;
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
