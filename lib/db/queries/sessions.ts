import { replayLog } from '@/lib/rules/log-replay';
import type { GameState } from '@/lib/rules/state';
import type { NewSessionEvent, SessionEvent } from '@/lib/rules/session-log';
import type { Database, Queryable } from '../types';
import { addMember, claimSeat } from './members';
import { carryTableOver } from './session-continuation';

export type SessionRecord = {
  id: string;
  campaignId: string;
  state: GameState;
  version: number;
  /** The session actor as it was last persisted, for the session version and machine version given. */
  snapshot: { value: unknown; version: number; machineVersion: number; memory: unknown } | null;
};

/** Another writer committed first; the caller must reload and try again. */
export class StaleVersionError extends Error {
  constructor(sessionId: string, expected: number) {
    super(`Session ${sessionId} moved past version ${expected}`);
    this.name = 'StaleVersionError';
  }
}

type EventRow = { seq: number; type: SessionEvent['type']; data: SessionEvent['data']; created_at: Date | string };

export function toEvent(row: EventRow): SessionEvent {
  const createdAt = row.created_at instanceof Date ? row.created_at.toISOString() : row.created_at;
  return { seq: row.seq, type: row.type, data: row.data, createdAt } as SessionEvent;
}

/**
 * Appends events after the session's last, numbered in order, in one
 * statement (a commit is one round trip per write). Only the numbers and
 * times come back: the events are read back from the text sent, which is
 * what the database stored, rather than parsed again from its answer.
 */
async function appendEvents(tx: Queryable, sessionId: string, events: NewSessionEvent[]): Promise<SessionEvent[]> {
  if (events.length === 0) return [];
  const text = JSON.stringify(events);
  const { rows } = await tx.query<Pick<EventRow, 'seq' | 'created_at'>>(
    `insert into session_events (session_id, seq, type, data)
     select $1, coalesce((select max(seq) from session_events where session_id = $1), 0) + e.ord, e.value->>'type', e.value->'data'
       from jsonb_array_elements($2::jsonb) with ordinality as e(value, ord)
     returning seq, created_at`,
    [sessionId, text],
  );
  const sent = JSON.parse(text) as NewSessionEvent[];
  return rows
    .sort((a, b) => a.seq - b.seq)
    .map((row, i) => toEvent({ seq: row.seq, type: sent[i]!.type, data: sent[i]!.data, created_at: row.created_at }));
}

/**
 * The rulebooks a new table plays by: those its game master imported, and
 * those nobody owns (imported by an operator's tools); another person's
 * import stays out of their game. A table run by code alone plays by all.
 */
async function defaultRulebooks(tx: Queryable, sessionId: string, gmUserId: string | null): Promise<void> {
  await tx.query(
    `insert into session_rule_systems (session_id, rule_system_id)
     select $1, id from rule_systems where $2::uuid is null or imported_by is null or imported_by = $2::uuid`,
    [sessionId, gmUserId],
  );
}

export async function createSession(
  db: Database,
  input: {
    id: string;
    campaignId: string;
    state: GameState;
    events: NewSessionEvent[];
    /** The person opening the table, its game master, and the characters they play from the start; none for tables run by code alone. */
    gm?: { userId: string; name: string; seats: string[] };
    /** The session this one continues: its people, seats and brought characters come along in the same transaction. */
    continues?: { previousSessionId: string };
  },
): Promise<SessionEvent[]> {
  return db.transaction(async (tx) => {
    // The state is that after the opening entries, which change nothing.
    await tx.query('insert into sessions (id, campaign_id, state, state_seq) values ($1, $2, $3, $4)', [
      input.id,
      input.campaignId,
      input.state,
      input.events.length,
    ]);
    if (input.gm) {
      await addMember(tx, { sessionId: input.id, userId: input.gm.userId, role: 'gm', displayName: input.gm.name });
      for (const characterId of input.gm.seats) await claimSeat(tx, { sessionId: input.id, userId: input.gm.userId, characterId });
    }
    if (input.continues) {
      const partyIds = (input.state.party ?? []).map((c) => c.id);
      await carryTableOver(tx, { sessionId: input.id, previousSessionId: input.continues.previousSessionId, partyIds });
    } else {
      await defaultRulebooks(tx, input.id, input.gm?.userId ?? null);
    }
    return appendEvents(tx, input.id, input.events);
  });
}

type SessionRow = {
  id: string;
  campaign_id: string;
  state: GameState;
  version: number;
  snapshot: unknown;
  snapshot_version: number | null;
  machine_version: number | null;
  memory: unknown;
  /** What the log holds after the stored state's checkpoint, oldest first. */
  since: Array<SessionEvent['data']>;
};

/** A session as committed: the state is its checkpoint with the log's entries after it played on top, read in one statement. */
export async function getSessionById(db: Database, { id }: { id: string }): Promise<SessionRecord | null> {
  const { rows } = await db.query<SessionRow>(
    `select s.id, s.campaign_id, s.state, s.version, s.snapshot, s.snapshot_version, s.machine_version, s.memory,
            (select coalesce(json_agg(e.data order by e.seq), '[]'::json) from session_events e where e.session_id = s.id and e.seq > s.state_seq) as since
       from sessions s where s.id = $1`,
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  const snapshot =
    row.snapshot !== null && row.snapshot_version !== null && row.machine_version !== null
      ? { value: row.snapshot, version: row.snapshot_version, machineVersion: row.machine_version, memory: row.memory }
      : null;
  const state = row.since.length ? replayLog(row.state, row.since.map((data) => ({ data }))) : row.state;
  return { id: row.id, campaignId: row.campaign_id, state, version: row.version, snapshot };
}

/** Stores the actor's snapshot for a session version, unless the session has already moved past it. */
export async function saveSnapshot(
  db: Database,
  input: { sessionId: string; version: number; machineVersion: number; snapshot: unknown; memory: unknown },
): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `update sessions set snapshot = $2, snapshot_version = $3, machine_version = $4, memory = $5
      where id = $1 and version = $3 returning id`,
    [input.sessionId, input.snapshot, input.version, input.machineVersion, input.memory],
  );
  return rows.length === 1;
}

export async function listSessionEvents(
  db: Database,
  { sessionId, afterSeq = 0 }: { sessionId: string; afterSeq?: number },
): Promise<SessionEvent[]> {
  const { rows } = await db.query<EventRow>(
    'select seq, type, data, created_at from session_events where session_id = $1 and seq > $2 order by seq',
    [sessionId, afterSeq],
  );
  return rows.map(toEvent);
}


export async function countSessionEvents(db: Database, { sessionId }: { sessionId: string }): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from session_events where session_id = $1', [sessionId]);
  return rows[0]?.n ?? 0;
}

/** The rule systems a session plays by, oldest first. */
export async function listSessionRuleSystems(db: Database, { sessionId }: { sessionId: string }): Promise<string[]> {
  const { rows } = await db.query<{ rule_system_id: string }>(
    `select srs.rule_system_id from session_rule_systems srs join rule_systems rs on rs.id = srs.rule_system_id
     where srs.session_id = $1 order by rs.created_at`,
    [sessionId],
  );
  return rows.map((r) => r.rule_system_id);
}
