import type { Database } from '../types';

export type TraceFilter = {
  sessionId?: string;
  agent?: string;
  messageType?: 'request' | 'response' | 'event' | 'update';
  correlationId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  limit?: number;
  /** keyset paging: messages sent before this */
  before?: { sentAt: string; messageId: string };
};

export type TraceRow = {
  messageId: string;
  retryCount: number;
  correlationId: string;
  sessionId: string;
  fromAgent: string;
  toAgent: string;
  messageType: string;
  priority: string;
  sentAt: string;
  action: string | null;
  eventType: string | null;
  success: boolean | null;
};

type Row = {
  message_id: string;
  retry_count: number;
  correlation_id: string;
  session_id: string;
  from_agent: string;
  to_agent: string;
  message_type: string;
  priority: string;
  sent_at: Date;
  action: string | null;
  event_type: string | null;
  success: boolean | null;
};

const DEFAULT_TRACE_LIMIT = 50;
const MAX_TRACE_LIMIT = 200;

const COLUMNS = `message_id, retry_count, correlation_id, session_id, from_agent, to_agent, message_type, priority, sent_at,
  payload->>'action' as action, payload->>'eventType' as event_type, (payload->>'success')::boolean as success`;

// A retry is recorded under its message's id and timestamp, so (sent_at, message_id) is shared by a
// message's retries: WITH TIES keeps them on one page, which may run a few rows over the limit.
const PAGE = 'order by sent_at desc, message_id desc fetch first $1 rows with ties';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function clampLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_TRACE_LIMIT;
  return Math.min(MAX_TRACE_LIMIT, Math.max(1, Math.trunc(limit)));
}

/** Traced messages matching every given filter, newest first; `agent` matches the sender or the receiver. */
export async function searchTraces(db: Database, filter: TraceFilter): Promise<TraceRow[]> {
  // Typed into a search box: text that is no id matches no message, rather than failing the query.
  if (filter.correlationId !== undefined && !UUID.test(filter.correlationId)) return [];

  const params: unknown[] = [clampLimit(filter.limit)];
  const where: string[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (filter.sessionId !== undefined) where.push(`session_id = ${param(filter.sessionId)}`);
  if (filter.messageType !== undefined) where.push(`message_type = ${param(filter.messageType)}`);
  if (filter.correlationId !== undefined) where.push(`correlation_id = ${param(filter.correlationId)}`);
  if (filter.from) where.push(`sent_at >= ${param(filter.from.toISOString())}`);
  if (filter.to) where.push(`sent_at < ${param(filter.to.toISOString())}`);
  if (filter.before) {
    where.push(`(sent_at, message_id) < (${param(filter.before.sentAt)}::timestamptz, ${param(filter.before.messageId)}::uuid)`);
  }

  const select = (conditions: string[]) =>
    `select ${COLUMNS} from bus_messages ${conditions.length ? `where ${conditions.join(' and ')}` : ''} ${PAGE}`;
  let sql: string;
  if (filter.agent === undefined) {
    sql = select(where);
  } else {
    // Sender and receiver each have an index in time order; one OR over both would have to
    // collect and sort every message of the agent before it could return the newest page.
    const agent = param(filter.agent);
    sql = `(${select([`from_agent = ${agent}`, ...where])})
      union all (${select([`to_agent = ${agent}`, `from_agent <> ${agent}`, ...where])})
      ${PAGE}`;
  }

  const { rows } = await db.query<Row>(`select * from (${sql}) page order by sent_at desc, message_id desc, retry_count desc`, params);
  return rows.map((r) => ({
    messageId: r.message_id,
    retryCount: r.retry_count,
    correlationId: r.correlation_id,
    sessionId: r.session_id,
    fromAgent: r.from_agent,
    toAgent: r.to_agent,
    messageType: r.message_type,
    priority: r.priority,
    sentAt: r.sent_at.toISOString(),
    action: r.action,
    eventType: r.event_type,
    success: r.success,
  }));
}
