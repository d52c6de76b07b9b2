import type { Database } from '../types';

export type UsagePoint = { minute: string; agent: 'dm' | 'player'; calls: number; inputTokens: number; outputTokens: number; avgMs: number };

/** Model tokens and latency per minute and agent, from the usage the turns recorded in the logs. */
export async function modelUsageByMinute(db: Database, { since }: { since: Date }): Promise<UsagePoint[]> {
  const { rows } = await db.query<{ minute: Date; agent: 'dm' | 'player'; calls: string; input_tokens: string; output_tokens: string; avg_ms: string }>(
    `select date_trunc('minute', created_at) as minute, data->'usage'->>'agent' as agent, count(*) as calls,
            sum((data->'usage'->>'inputTokens')::int) as input_tokens, sum((data->'usage'->>'outputTokens')::int) as output_tokens,
            avg((data->'usage'->>'ms')::float) as avg_ms
       from session_events
      where created_at >= $1 and type in ('dm.narrated', 'player.acted') and jsonb_typeof(data->'usage') = 'object'
      group by 1, 2 order by 1`,
    [since],
  );
  return rows.map((r) => ({
    minute: r.minute.toISOString(),
    agent: r.agent,
    calls: Number(r.calls),
    inputTokens: Number(r.input_tokens),
    outputTokens: Number(r.output_tokens),
    avgMs: Math.round(Number(r.avg_ms)),
  }));
}
