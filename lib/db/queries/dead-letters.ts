import type { DeadLetter, DeadLetterSink } from '@/lib/bus/types';
import type { Database } from '../types';

export type StoredDeadLetter = DeadLetter & {
  id: string;
  status: 'open' | 'replayed' | 'discarded';
  createdAt: string;
  settledAt: string | null;
  settledNote: string | null;
};

type Row = {
  id: string;
  agent: DeadLetter['agent'];
  message_id: string | null;
  reason: string;
  attempts: number;
  body: unknown;
  status: StoredDeadLetter['status'];
  created_at: Date;
  settled_at: Date | null;
  settled_note: string | null;
};

function toLetter(r: Row): StoredDeadLetter {
  return {
    id: r.id,
    agent: r.agent,
    messageId: r.message_id,
    reason: r.reason,
    attempts: r.attempts,
    body: r.body,
    status: r.status,
    createdAt: r.created_at.toISOString(),
    settledAt: r.settled_at?.toISOString() ?? null,
    settledNote: r.settled_note,
  };
}

/** The bus's dead-letter queue, kept in Postgres. */
export function deadLetterSink(db: Database): DeadLetterSink {
  return {
    async add(letter) {
      // Bodies that are not JSON objects (raw text from a broken client) are stored as JSON strings.
      const body = typeof letter.body === 'object' && letter.body !== null ? letter.body : JSON.stringify(letter.body ?? null);
      await db.query('insert into dead_letters (agent, message_id, reason, attempts, body) values ($1, $2, $3, $4, $5)', [
        letter.agent,
        letter.messageId,
        letter.reason.slice(0, 2000),
        letter.attempts,
        body,
      ]);
    },
  };
}

export async function listDeadLetters(
  db: Database,
  { status = 'open', agent, limit = 100 }: { status?: StoredDeadLetter['status']; agent?: string; limit?: number } = {},
): Promise<StoredDeadLetter[]> {
  const { rows } = await db.query<Row>(
    `select * from dead_letters where status = $1 and ($2::text is null or agent = $2)
      order by created_at desc limit $3`,
    [status, agent ?? null, limit],
  );
  return rows.map(toLetter);
}

export async function getDeadLetterById(db: Database, { id }: { id: string }): Promise<StoredDeadLetter | null> {
  const { rows } = await db.query<Row>('select * from dead_letters where id = $1', [id]);
  return rows[0] ? toLetter(rows[0]) : null;
}

/** Marks an open dead letter settled; false if it was not open (already replayed or discarded). */
export async function settleDeadLetter(
  db: Database,
  { id, status, note }: { id: string; status: 'replayed' | 'discarded'; note: string },
): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `update dead_letters set status = $2, settled_at = now(), settled_note = $3
      where id = $1 and status = 'open' returning id`,
    [id, status, note],
  );
  return rows.length === 1;
}

/** Undoes a claim whose replay could not be sent. */
export async function reopenDeadLetter(db: Database, { id }: { id: string }): Promise<void> {
  await db.query(`update dead_letters set status = 'open', settled_at = null, settled_note = null where id = $1`, [id]);
}
