import type { Envelope } from '@/lib/messages';
import type { Database } from '../types';

const COLUMNS = 11;

/** Stores a batch of traced messages in one statement; a message seen twice is kept once. */
export async function insertBusMessages(db: Database, messages: Envelope[]): Promise<void> {
  if (messages.length === 0) return;
  const values: unknown[] = [];
  const rows = messages.map((m, i) => {
    values.push(
      m.messageId,
      m.metadata.retryCount,
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
    `insert into bus_messages (message_id, retry_count, correlation_id, session_id, from_agent, to_agent,
       message_type, priority, payload, metadata, sent_at)
     values ${rows.join(', ')} on conflict do nothing`,
    values,
  );
}

/** One message of a traced conversation, timed from the conversation's first message. */
export type ChainLink = {
  messageId: string;
  messageType: Envelope['messageType'];
  fromAgent: string;
  toAgent: string;
  priority: string;
  retryCount: number;
  sentAt: string;
  /** Milliseconds since the first message of the conversation. */
  atMs: number;
  payload: unknown;
};

/** A recorded message as queries select it, for turning into chain links. */
export type ChainRow = {
  message_id: string;
  message_type: Envelope['messageType'];
  from_agent: string;
  to_agent: string;
  priority: string;
  retry_count: number;
  sent_at: Date;
  payload: unknown;
};

/** Messages in the order they happened, each timed from the first. */
export function toChainLinks(rows: readonly ChainRow[]): ChainLink[] {
  const start = rows[0]?.sent_at.getTime() ?? 0;
  return rows.map((r) => ({
    messageId: r.message_id,
    messageType: r.message_type,
    fromAgent: r.from_agent,
    toAgent: r.to_agent,
    priority: r.priority,
    retryCount: r.retry_count,
    sentAt: r.sent_at.toISOString(),
    atMs: r.sent_at.getTime() - start,
    payload: r.payload,
  }));
}

/** A whole conversation (a request, its updates, retries and response) in the order it happened. */
export async function getMessageChain(db: Database, { correlationId }: { correlationId: string }): Promise<ChainLink[]> {
  const { rows } = await db.query<ChainRow>(
    `select message_id, message_type, from_agent, to_agent, priority, retry_count, sent_at, payload
       from bus_messages where correlation_id = $1 order by sent_at, recorded_seq`,
    [correlationId],
  );
  return toChainLinks(rows);
}
