import type { Envelope } from '@/lib/messages';
import type { Database } from '../types';

const COLUMNS = 10;

/** Stores a batch of traced messages in one statement; a message seen twice is kept once. */
export async function insertBusMessages(db: Database, messages: Envelope[]): Promise<void> {
  if (messages.length === 0) return;
  const values: unknown[] = [];
  const rows = messages.map((m, i) => {
    values.push(
      m.messageId,
      m.correlationId,
      m.sessionId,
      m.fromAgent,
      m.toAgent,
      m.messageType,
      m.priority,
      m.payload,
      m.metadata,
      m.timestamp,
    );
    const base = i * COLUMNS;
    return `(${Array.from({ length: COLUMNS }, (_, k) => `$${base + k + 1}`).join(', ')})`;
  });
  await db.query(
    `insert into bus_messages (message_id, correlation_id, session_id, from_agent, to_agent,
       message_type, priority, payload, metadata, sent_at)
     values ${rows.join(', ')} on conflict (message_id) do nothing`,
    values,
  );
}

export async function getMessageChain(db: Database, { correlationId }: { correlationId: string }) {
  const { rows } = await db.query<{ message_id: string; message_type: string; from_agent: string; to_agent: string; sent_at: Date }>(
    `select message_id, message_type, from_agent, to_agent, sent_at from bus_messages
      where correlation_id = $1 order by sent_at, recorded_at`,
    [correlationId],
  );
  return rows;
}
