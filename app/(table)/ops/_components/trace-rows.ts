/** A message as the trace endpoints send it. */
export type TraceMessage = {
  messageId: string;
  messageType: 'request' | 'response' | 'event' | 'update';
  fromAgent: string;
  toAgent: string;
  retryCount: number;
  atMs: number;
  payload: unknown;
  correlationId: string;
};

/** One arrow of the diagram: a message, or a run of streamed updates folded into one. */
export type TraceRow = { first: TraceMessage; count: number; lastAtMs: number };

const LANE_ORDER = ['system', 'dm', 'player', 'generator', 'assistant'];

export function lanesOf(messages: readonly TraceMessage[]): string[] {
  const seen = new Set(messages.flatMap((m) => [m.fromAgent, m.toAgent]));
  return LANE_ORDER.filter((lane) => seen.has(lane));
}

/** Streamed narration sends dozens of updates; consecutive ones of one conversation read better as one arrow. */
export function foldUpdates(messages: readonly TraceMessage[]): TraceRow[] {
  const rows: TraceRow[] = [];
  for (const message of messages) {
    const last = rows.at(-1);
    if (last && message.messageType === 'update' && last.first.messageType === 'update' && last.first.correlationId === message.correlationId) {
      last.count += 1;
      last.lastAtMs = message.atMs;
    } else {
      rows.push({ first: message, count: 1, lastAtMs: message.atMs });
    }
  }
  return rows;
}

/** A few words saying what a message was. */
export function labelOf(row: TraceRow): string {
  const p = row.first.payload as { action?: string; eventType?: string; success?: boolean; error?: { message?: string } };
  const retry = row.first.retryCount > 0 ? ` (retry ${row.first.retryCount})` : '';
  switch (row.first.messageType) {
    case 'request':
      return `${p.action ?? 'request'}${retry}`;
    case 'response':
      return p.success ? `ok${retry}` : `failed: ${p.error?.message ?? 'error'}${retry}`;
    case 'update':
      return row.count > 1 ? `${row.count} × ${p.eventType ?? 'update'}` : (p.eventType ?? 'update');
    case 'event':
      return p.eventType ?? 'event';
  }
}
