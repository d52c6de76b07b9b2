import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { migrationsDir } from '@/lib/db/migrate';
import { openPglite } from '@/lib/db/pglite';
import { getMessageChain, insertBusMessages } from '@/lib/db/queries/bus-messages';
import { listDeadLetters } from '@/lib/db/queries/dead-letters';
import { searchTraces, type TraceFilter } from '@/lib/db/queries/trace-search';
import type { Database } from '@/lib/db/types';
import { createRequest, type AgentName } from '@/lib/messages';
import { percentile } from './load';

const MESSAGES = 1_000_000;
const DEAD_LETTERS = 10_000;
const RUNS = 50;
/** Without the indexes most queries scan the whole table; a few runs show that well enough. */
const ANCHOR_RUNS = 5;
const GOAL = { p95Ms: 50 };
const MIGRATION = '20261126001500_trace_indexes.sql';
const DAY_MS = 86_400_000;

const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const ms = (from: number) => performance.now() - from;

function latency(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50Ms: round(percentile(sorted, 50)), p95Ms: round(percentile(sorted, 95)), maxMs: round(sorted.at(-1) ?? 0) };
}

// A month of play: most conversations are a request, the streamed updates of its answer and
// the response (one in thirty requests retried once, one in twenty failing); the rest are events
// that set off a few more under the same correlation id. Twenty sessions of very different sizes,
// five agents with the game master in most conversations, thirty days of traffic ending now.
// Timestamps are whole milliseconds, as in the envelopes the bus records.
const LOAD_MESSAGES = `
with conversation as (
  select n, random() as r_len, random() as r_kind, random() as r_session, random() as r_pair,
         random() as r_time, random() as r_ok, random() as r_pick,
         date_trunc('milliseconds', now() - random() * interval '30 days' - interval '10 seconds') as started
    from generate_series(1, $1::int) n
), message as (
  select c.*, k, 1 + floor(c.r_len * 5)::int as last,
         (array['dm','dm','dm','dm','player','player','assistant','system','generator','dm'])[1 + floor(c.r_pair * 10)::int] as a,
         (array['player','assistant','generator','player','dm','assistant','dm','dm','dm','system'])[1 + floor(c.r_pair * 10)::int] as b,
         c.r_kind < 0.85 as asked,
         c.r_kind < 0.85 and c.r_ok < 0.033 and k = 1 and c.r_len >= 0.2 as retry
    from conversation c cross join lateral generate_series(0, 1 + floor(c.r_len * 5)::int) k
)
insert into bus_messages (message_id, retry_count, correlation_id, session_id, from_agent, to_agent,
  message_type, priority, payload, metadata, sent_at, recorded_at)
select md5(n || ':' || case when retry then 0 else k end)::uuid,
       case when retry then 1 else 0 end,
       md5(n || ':0')::uuid,
       md5('session ' || floor(20 * r_session ^ 2))::uuid::text,
       case when not asked or k = 0 or retry then a else b end,
       case when not asked or k = 0 or retry then b else a end,
       case when not asked then 'event' when k = 0 or retry then 'request' when k = last then 'response' else 'update' end,
       case when r_pick < 0.1 then 'high' when r_pick > 0.95 then 'low' else 'normal' end,
       case
         when not asked then jsonb_build_object(
           'eventType', (array['dice.rolled','character.updated','scene.changed','player.joined','turn.started'])[1 + (n + k) % 5],
           'data', jsonb_build_object('characterId', (array['mira','aldric','kestrel'])[1 + k % 3], 'value', n % 20 + 1))
         when k = 0 or retry then jsonb_build_object(
           'action', (array['narrate_turn','player_action','generate_map','lookup_rule','roll_dice','summarize_scene'])[1 + floor(r_pick * 6)::int],
           'parameters', jsonb_build_object('characterId', (array['mira','aldric','kestrel'])[1 + n % 3],
             'text', 'I search the collapsed shrine for a way down, keeping my lantern low.'))
         when k < last then jsonb_build_object('eventType', 'narration.delta',
           'data', jsonb_build_object('text', 'The lantern light catches a draught from beneath the altar stone; ', 'index', k))
         when r_ok < 0.05 then jsonb_build_object('success', false,
           'error', jsonb_build_object('code', 'timeout', 'message', 'no reply within 30000 ms'))
         else jsonb_build_object('success', true,
           'data', jsonb_build_object('text', 'Beneath the altar a narrow stair winds into the dark.', 'tokens', 40 + n % 200))
       end,
       jsonb_build_object('retryCount', case when retry then 1 else 0 end, 'timeout', 30000),
       started + case when retry then 0 else k * 350 end * interval '1 millisecond',
       started + (case when retry then 0 else k * 350 end + 15) * interval '1 millisecond'
  from message
 limit $2`;

const LOAD_DEAD_LETTERS = `
insert into dead_letters (agent, message_id, reason, attempts, body, status, created_at, settled_at, settled_note)
select (array['dm','player','assistant','generator','system'])[1 + n % 5],
       md5('dead ' || n)::uuid::text,
       (array['the generator is out of ink','model timed out','unreadable message: not JSON'])[1 + n % 3],
       3,
       jsonb_build_object('messageType', 'request', 'payload', jsonb_build_object('action', 'generate_map')),
       case when r_status < 0.2 then 'open' when r_status < 0.6 then 'replayed' else 'discarded' end,
       created_at,
       case when r_status >= 0.2 then created_at + interval '1 hour' end,
       case when r_status >= 0.2 then 'settled from the ops page' end
  from (select n, random() as r_status, now() - random() * interval '30 days' as created_at
          from generate_series(1, $1::int) n) letter`;

const AGENTS: AgentName[] = ['dm', 'player', 'assistant', 'generator', 'system'];
const TYPES = ['request', 'response', 'event', 'update'] as const;

type Fixtures = { sessions: string[]; correlationIds: string[]; newest: number; oldest: number };

async function fixtures(db: Database): Promise<Fixtures> {
  const sessions = (await db.query<{ id: string }>('select distinct session_id as id from bus_messages order by 1')).rows.map((r) => r.id);
  const correlationIds = (
    await db.query<{ id: string }>(`select correlation_id as id from bus_messages tablesample bernoulli (0.01) repeatable (7) limit ${RUNS}`)
  ).rows.map((r) => r.id);
  const { rows } = await db.query<{ newest: Date; oldest: Date }>('select max(sent_at) as newest, min(sent_at) as oldest from bus_messages');
  return { sessions, correlationIds, newest: rows[0]!.newest.getTime(), oldest: rows[0]!.oldest.getTime() };
}

/** The i-th of a run's varied windows: from one hour to three days long, anywhere in the month. */
function windowAt(f: Fixtures, i: number): { from: Date; to: Date } {
  const to = f.newest - ((i * 7919) % 1000) / 1000 * (f.newest - f.oldest - 3 * DAY_MS);
  return { from: new Date(to - 3_600_000 * (1 + (i % 72))), to: new Date(to) };
}

/** Each kind of query the ops page makes, varied by the run number. */
function queryKinds(db: Database, f: Fixtures): Record<string, (i: number) => Promise<unknown>> {
  const secondPage = async (filter: TraceFilter) => {
    const first = await searchTraces(db, filter);
    const last = first.at(-1)!;
    const t = performance.now();
    await searchTraces(db, { ...filter, before: { sentAt: last.sentAt, messageId: last.messageId } });
    return ms(t);
  };
  return {
    newest: () => searchTraces(db, {}),
    timeWindow: (i) => searchTraces(db, windowAt(f, i)),
    byAgent: (i) => searchTraces(db, { agent: pick(AGENTS, i) }),
    byType: (i) => searchTraces(db, { messageType: pick(TYPES, i) }),
    bySession: (i) => searchTraces(db, { sessionId: pick(f.sessions, i) }),
    byCorrelationId: (i) => getMessageChain(db, { correlationId: pick(f.correlationIds, i) }),
    combined: (i) =>
      searchTraces(db, { sessionId: pick(f.sessions, i * 7), agent: pick(AGENTS, i * 3), messageType: pick(TYPES, i), ...(i % 2 ? windowAt(f, i) : {}) }),
    secondPage: (i) => secondPage(pick([{}, { agent: pick(AGENTS, i) }, { sessionId: pick(f.sessions, i) }, windowAt(f, i)], i)),
    deadLettersOpen: (i) => listDeadLetters(db, { status: 'open', agent: i % 2 ? pick(AGENTS, i) : undefined }),
  };
}

/** Latency per kind over `runs` varied queries; a kind that times its own part returns that. */
async function measure(kinds: Record<string, (i: number) => Promise<unknown>>, runs: number) {
  const result: Record<string, ReturnType<typeof latency>> = {};
  for (const [name, run] of Object.entries(kinds)) {
    await run(runs);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const own = await run(i);
      samples.push(typeof own === 'number' ? own : ms(t));
    }
    result[name] = latency(samples);
  }
  return result;
}

/** What the indexes cost where it matters most: the recorder's batched insert of 200 messages. */
async function writeBatchMs(db: Database): Promise<number> {
  const samples: number[] = [];
  for (let b = 0; b < 50; b++) {
    const batch = Array.from({ length: 200 }, (_, i) =>
      createRequest({ fromAgent: 'dm', toAgent: pick(AGENTS, b + i), sessionId: 'write-bench', action: 'narrate_turn', parameters: { i } }),
    );
    const t = performance.now();
    await insertBusMessages(db, batch);
    samples.push(ms(t));
  }
  await db.query(`delete from bus_messages where session_id = 'write-bench'`);
  return latency(samples).p50Ms;
}

/**
 * Trace search and the dead-letter list at a million recorded messages on the embedded database.
 * The migration's indexes are dropped for the bulk load; the same queries are timed without them
 * (the anchor), then again once they are built.
 */
export async function tracesBench() {
  const started = performance.now();
  const db = await openPglite('memory://');
  const migration = await readFile(path.join(migrationsDir, MIGRATION), 'utf8');
  const indexes = [...migration.matchAll(/create index (\w+)/g)].map((m) => m[1]!);
  const definitions = (
    await db.query<{ def: string }>('select indexdef as def from pg_indexes where indexname = any($1::text[])', [indexes])
  ).rows.map((r) => r.def);
  for (const name of indexes) await db.query(`drop index ${name}`);

  let t = performance.now();
  await db.query('select setseed(0.1126)');
  await db.query(LOAD_MESSAGES, [Math.ceil(MESSAGES / 3.9), MESSAGES]);
  await db.query(LOAD_DEAD_LETTERS, [DEAD_LETTERS]);
  await db.query('analyze bus_messages, dead_letters');
  const loadSeconds = ms(t) / 1000;
  const rows = Number((await db.query<{ n: string }>('select count(*) as n from bus_messages')).rows[0]!.n);

  console.error(`loaded ${rows} messages in ${round(loadSeconds, 1)} s; timing the queries without the new indexes`);
  const f = await fixtures(db);
  const kinds = queryKinds(db, f);
  const withoutIndexes = await measure(kinds, ANCHOR_RUNS);
  const writeWithout = await writeBatchMs(db);

  t = performance.now();
  for (const def of definitions) await db.query(def);
  await db.query('analyze bus_messages');
  const indexBuildSeconds = ms(t) / 1000;
  console.error(`built ${indexes.join(', ')} in ${round(indexBuildSeconds, 1)} s; timing the queries with them`);
  const queries = await measure(kinds, RUNS);
  const writeWith = await writeBatchMs(db);
  await db.close();

  return {
    bench: 'traces',
    database: 'PGlite 0.5.14 (Postgres 18) in memory',
    rows: { busMessages: rows, deadLetters: DEAD_LETTERS },
    indexes,
    goal: `every query p95 <= ${GOAL.p95Ms} ms at ${MESSAGES} messages`,
    met: Object.values(queries).every((q) => q.p95Ms <= GOAL.p95Ms),
    runsPerQuery: RUNS,
    queries,
    anchor: { note: `the same queries before the migration's indexes were built, ${ANCHOR_RUNS} runs each`, queries: withoutIndexes },
    insert200MessagesMs: { withoutIndexes: writeWithout, withIndexes: writeWith },
    loadSeconds: round(loadSeconds, 1),
    indexBuildSeconds: round(indexBuildSeconds, 1),
    totalSeconds: round(ms(started) / 1000, 1),
  };
}

