import 'server-only';
import { getMessageChain, type ChainLink } from '@/lib/db/queries/bus-messages';
import { searchTraces, type TraceFilter, type TraceRow } from '@/lib/db/queries/trace-search';
import { turnTrace, type TurnTraceLink } from '@/lib/db/queries/turn-trace';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';

/** Recorded messages by session, agent, type, conversation or time, newest first. */
export function findTraces(db: Database, filter: TraceFilter): Promise<TraceRow[]> {
  return searchTraces(db, filter);
}

/** One conversation between agents (a request, its updates, retries and answer), in order, with timings. */
export async function conversationTrace(db: Database, correlationId: string): Promise<Array<ChainLink & { correlationId: string }>> {
  const messages = await getMessageChain(db, { correlationId });
  if (messages.length === 0) throw new AppError('not_found', `There is no conversation "${correlationId}"`);
  return messages.map((m) => ({ ...m, correlationId }));
}

/** Every message the agents exchanged for one turn of a table, in order, with timings. */
export async function turnMessages(db: Database, input: { sessionId: string; turnId: string }): Promise<TurnTraceLink[]> {
  const messages = await turnTrace(db, input);
  if (messages.length === 0) throw new AppError('not_found', 'No messages were recorded for this turn');
  return messages;
}
