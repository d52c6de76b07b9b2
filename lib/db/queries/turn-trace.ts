import type { Database } from '../types';
import { toChainLinks, type ChainLink, type ChainRow } from './bus-messages';

export type TurnTraceLink = ChainLink & { correlationId: string };

type Row = ChainRow & { correlation_id: string };

/**
 * Everything the agents said about one turn of a session: from the first
 * request made for it (the campaign's recall for the DM) until the next
 * person's turn began (the AI players' decisions, the generator's maps and
 * the DM resolving them), in the order it was recorded.
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
          and b.payload->'parameters'->>'turnId' is distinct from $2
     ), during as (
       select b.* from bus_messages b, start, stop
        where b.session_id = $1 and b.sent_at >= start.at and (stop.at is null or b.sent_at < stop.at)
     )
     select d.message_id, d.message_type, d.from_agent, d.to_agent, d.priority, d.retry_count, d.sent_at, d.payload, d.correlation_id
       from during d
      -- An answer to a request made before the turn (the Chronicler reading the last commit) belongs to that turn.
      where d.message_type = 'event'
         or exists (select 1 from during r where r.correlation_id = d.correlation_id and r.message_type = 'request')
      order by d.sent_at, d.recorded_seq
      limit 1000`,
    [sessionId, turnId],
  );
  return toChainLinks(rows).map((link, i) => ({ ...link, correlationId: rows[i]!.correlation_id }));
}
