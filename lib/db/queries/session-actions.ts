import type { Database, Queryable } from '../types';

export type SessionAction = {
  id: string;
  idempotencyKey: string;
  position: number;
  characterId: string;
  text: string;
  status: 'queued' | 'applied';
};

type Row = { id: string; idempotency_key: string; position: string | number; character_id: string; text: string; status: SessionAction['status'] };

function toAction(r: Row): SessionAction {
  return { id: r.id, idempotencyKey: r.idempotency_key, position: Number(r.position), characterId: r.character_id, text: r.text, status: r.status };
}

/** Queues an action unless its key was seen; either way returns the action the key names, and whether it is new. */
export async function enqueueAction(
  db: Database,
  input: { sessionId: string; idempotencyKey: string; characterId: string; text: string },
): Promise<{ action: SessionAction; duplicate: boolean }> {
  const inserted = await db.query<Row>(
    `insert into session_actions (id, session_id, idempotency_key, character_id, text) values ($1, $2, $3, $4, $5)
     on conflict (session_id, idempotency_key) do nothing
     returning id, idempotency_key, position, character_id, text, status`,
    [crypto.randomUUID(), input.sessionId, input.idempotencyKey, input.characterId, input.text],
  );
  if (inserted.rows[0]) return { action: toAction(inserted.rows[0]), duplicate: false };
  const existing = await db.query<Row>(
    'select id, idempotency_key, position, character_id, text, status from session_actions where session_id = $1 and idempotency_key = $2',
    [input.sessionId, input.idempotencyKey],
  );
  return { action: toAction(existing.rows[0]!), duplicate: true };
}

/** The oldest action still waiting, if any. */
export async function nextQueuedAction(db: Database, { sessionId }: { sessionId: string }): Promise<SessionAction | null> {
  const { rows } = await db.query<Row>(
    `select id, idempotency_key, position, character_id, text, status from session_actions
      where session_id = $1 and status = 'queued' order by position limit 1`,
    [sessionId],
  );
  return rows[0] ? toAction(rows[0]) : null;
}

/** Which of these sessions have actions waiting: one look at the queue for every table an instance plays. */
export async function sessionsWithQueuedActions(db: Database, { sessionIds }: { sessionIds: string[] }): Promise<string[]> {
  if (sessionIds.length === 0) return [];
  const { rows } = await db.query<{ session_id: string }>(
    `select distinct session_id from session_actions where status = 'queued' and session_id = any($1::uuid[])`,
    [sessionIds],
  );
  return rows.map((r) => r.session_id);
}

