import type { Database } from '../types';
import { toChainLinks, type ChainLink, type ChainRow } from './bus-messages';

export type TurnTraceLink = ChainLink & { correlationId: string };

type Row = ChainRow & { correlation_id: string };

/**
 * Everything the agents said about one turn of a session: from the DM's
 * request to resolve it until the next person's turn began (the AI players'
 * decisions, the generator's maps and the DM resolving them), in order.
 */
export async function turnTrace(db: Database, { sessionId, turnId }: { sessionId: string; turnId: string }): Promise<TurnTraceLink[]> {
  const { rows } = await db.query<Row>(
    `with start as (
       select min(sent_at) as at from bus_messages
        where session_id = $1 and message_type = 'request' and payload->'parameters'->>'turnId' = $2
     ), stop as (
       select min(b.sent_at) as at from bus_messages b, start
        where b.session_id = $1 and b.message_type = 'request' and b.sent_at > start.at
          and b.payload->>'action' = 'resolve_action' and b.payload->'parameters'->>'controller' = 'human'
     )
     select b.message_id, b.message_type, b.from_agent, b.to_agent, b.priority, b.retry_count, b.sent_at, b.payload, b.correlation_id
       from bus_messages b, start, stop
      where b.session_id = $1 and b.sent_at >= start.at and (stop.at is null or b.sent_at < stop.at)
      order by b.sent_at, b.recorded_at, b.retry_count
      limit 1000`,
    [sessionId, turnId],
  );
  return toChainLinks(rows).map((link, i) => ({ ...link, correlationId: rows[i]!.correlation_id }));
}
