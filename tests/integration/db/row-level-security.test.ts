import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '@/lib/db/migrate';
import { bootstrapSupabaseBasics } from '@/lib/db/supabase-bootstrap';

const alice = '00000000-0000-4000-8000-00000000a11c';
const bob = '00000000-0000-4000-8000-000000000b0b';
const aliceTable = '10000000-0000-4000-8000-000000000001';
const bobTable = '20000000-0000-4000-8000-000000000002';

let pg: PGlite;

/** Runs `sql` as a signed-in Supabase user (the `authenticated` role with that user's JWT claims), or as `anon`. */
async function as<T>(user: string | null, sql: string, topic = ''): Promise<T[]> {
  return pg.transaction(async (tx) => {
    await tx.query(`select set_config('request.jwt.claims', $1, true)`, [user ? JSON.stringify({ sub: user, role: 'authenticated' }) : '']);
    // Supabase Realtime sets the channel being joined before it checks a member may receive its messages.
    await tx.query(`select set_config('realtime.topic', $1, true)`, [topic]);
    await tx.exec(`set local role ${user ? 'authenticated' : 'anon'}`);
    return (await tx.query<T>(sql)).rows;
  });
}

beforeAll(async () => {
  pg = await PGlite.create({ extensions: { vector } });
  await bootstrapSupabaseBasics(pg);
  await migrate(pg);
  await pg.exec(`
    insert into campaigns (id, title, data) values ('c', 'A campaign', '{}');
    insert into sessions (id, campaign_id, state) values ('${aliceTable}', 'c', '{}'), ('${bobTable}', 'c', '{}');
    insert into session_events (session_id, seq, type, data) values ('${aliceTable}', 1, 'session.started', '{}'), ('${bobTable}', 1, 'session.started', '{}');
    insert into session_members (session_id, user_id, role, display_name) values
      ('${aliceTable}', '${alice}', 'gm', 'Alice'), ('${bobTable}', '${bob}', 'gm', 'Bob'), ('${bobTable}', '${alice}', 'player', 'Alice');
    insert into session_invites (token, session_id, role, created_by) values ('${'a'.repeat(24)}', '${aliceTable}', 'player', '${alice}'), ('${'b'.repeat(24)}', '${bobTable}', 'player', '${bob}');
    insert into bus_messages (message_id, retry_count, correlation_id, session_id, from_agent, to_agent, message_type, priority, payload, metadata, sent_at)
      values (gen_random_uuid(), 0, gen_random_uuid(), '${aliceTable}', 'system', 'dm', 'request', 'normal', '{}', '{}', now());
    insert into realtime.messages (topic, extension, event, payload) values
      ('session:${aliceTable}', 'broadcast', 'live', '{}'), ('session:${bobTable}', 'broadcast', 'live', '{}');
  `);
});
afterAll(() => pg.close());

describe('row-level security, as Supabase applies it', () => {
  it('shows a player only the tables they sit at, and never their state or raw log', async () => {
    expect((await as<{ id: string }>(bob, 'select id from sessions')).map((r) => r.id)).toEqual([bobTable]);
    expect((await as<{ id: string }>(alice, 'select id from sessions order by id')).map((r) => r.id)).toEqual([aliceTable, bobTable]);
    expect(await as(bob, `select session_id from session_events`)).toEqual([]);
    expect(await as(bob, `select user_id from session_members where session_id = '${aliceTable}'`)).toEqual([]);
    // The state holds the dice key and the DM's secrets; the log holds the same secrets. Only the server reads them.
    await expect(as(bob, `select state from sessions where id = '${bobTable}'`)).rejects.toThrow(/permission denied/);
    await expect(as(bob, `select snapshot from sessions where id = '${bobTable}'`)).rejects.toThrow(/permission denied/);
  });

  it("lets only a table's members join its Realtime channel", async () => {
    const channel = (table: string) => `session:${table}`;
    const visible = 'select topic from realtime.messages where topic = realtime.topic()';
    expect(await as(bob, visible, channel(aliceTable))).toEqual([]);
    expect(await as(bob, visible, channel(bobTable))).toEqual([{ topic: channel(bobTable) }]);
    expect(await as(alice, visible, channel(aliceTable))).toEqual([{ topic: channel(aliceTable) }]);
    expect(await as(null, visible, channel(bobTable))).toEqual([]);
  });

  it('lets only a table\'s game master read its invitations', async () => {
    expect((await as<{ session_id: string }>(alice, 'select session_id from session_invites')).map((r) => r.session_id)).toEqual([aliceTable]);
    expect((await as<{ session_id: string }>(bob, 'select session_id from session_invites')).map((r) => r.session_id)).toEqual([bobTable]);
  });

  it('keeps the server\'s own records and every write away from clients, and everything from anonymous visitors', async () => {
    expect(await as(alice, 'select * from bus_messages')).toEqual([]);
    await expect(as(alice, `insert into sessions (id, campaign_id, state) values (gen_random_uuid(), 'c', '{}')`)).rejects.toThrow(/row-level security/);
    await expect(as(bob, `update sessions set version = 99 where id = '${bobTable}' returning id`)).resolves.toEqual([]);
    await expect(as(null, 'select id from sessions')).rejects.toThrow(/permission denied/);
    expect(await as(null, 'select id from campaigns')).toEqual([]);
    expect((await as<{ id: string }>(bob, 'select id from campaigns')).map((r) => r.id)).toEqual(['c']);
  });

  it("keeps the server's commit and memory calls from clients, even a table's own game master", async () => {
    await expect(as(bob, `select * from commit_session_turn('${bobTable}', 0, null, null, null, null, null, '[]')`)).rejects.toThrow(/permission denied/);
    await expect(as(bob, `select * from recall_reads('${bobTable}', 384, null, 'bell', null, 12, 16, 24)`)).rejects.toThrow(/permission denied/);
    await expect(as(null, `select * from recall_reads('${bobTable}', 384, null, 'bell', null, 12, 16, 24)`)).rejects.toThrow(/permission denied/);
    expect((await pg.query<{ version: number }>('select version from sessions where id = $1', [bobTable])).rows[0]!.version).toBe(0);
  });
});
