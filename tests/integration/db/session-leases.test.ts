import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TableLeases } from '@/lib/table/table-leases';
import { enqueueAction, sessionsWithQueuedActions } from '@/lib/db/queries/session-actions';
import { claimLease, orphanedSessions } from '@/lib/db/queries/session-leases';
import type { Runtime } from '@/lib/runtime/runtime';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

let runtime: Runtime;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  runtime = await memoryRuntime();
});
afterAll(() => closeRuntime(runtime));

describe('table leases', () => {
  it('one holder at a time; the holder renews; a lapsed lease passes to whoever claims next', async () => {
    const { db } = runtime;
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 1 });
    expect(await claimLease(db, { sessionId, holder: 'a', ttlMs: 300 })).toBe('a');
    expect(await claimLease(db, { sessionId, holder: 'b', ttlMs: 300 })).toBe('a');
    expect(await claimLease(db, { sessionId, holder: 'a', ttlMs: 300 })).toBe('a');
    await wait(400);
    expect(await orphanedSessions(db)).toContain(sessionId);
    expect(await claimLease(db, { sessionId, holder: 'b', ttlMs: 300 })).toBe('b');
    expect(await orphanedSessions(db)).not.toContain(sessionId);
  });

  it('an instance keeps its tables while it runs, hears when one is taken from it, and lets go when it stops', async () => {
    const { db } = runtime;
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 2 });
    const lost: string[] = [];
    const first = new TableLeases({ db, holder: 'first', ttlMs: 300, onLost: (id) => lost.push(id) });
    const second = new TableLeases({ db, holder: 'second', ttlMs: 300, onLost: () => {} });
    expect(await first.claim(sessionId)).toBe('first');
    await wait(700); // twice the lease: only renewals keep it
    expect(await second.claim(sessionId)).toBe('first');
    expect(second.holds(sessionId)).toBe(false);

    // A stalled holder: its lease lapses, another takes the table, and the first learns on its next renewal.
    await db.query(`update session_leases set expires_at = now() - interval '1 second' where session_id = $1`, [sessionId]);
    expect(await second.claim(sessionId)).toBe('second');
    await expect.poll(() => lost, { timeout: 2_000 }).toEqual([sessionId]);
    expect(first.holds(sessionId)).toBe(false);

    await second.stop();
    expect((await db.query('select 1 from session_leases where session_id = $1', [sessionId])).rows).toHaveLength(0);
    await first.stop();
  });

  it('queued actions nobody holds make a table an orphan', async () => {
    const { db } = runtime;
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 3 });
    expect(await orphanedSessions(db)).not.toContain(sessionId);
    await enqueueAction(db, { sessionId, idempotencyKey: 'k1', characterId: 'mira', text: 'I wait' });
    expect(await orphanedSessions(db)).toContain(sessionId);
  });

  it('finds, in one query, which of the tables an instance plays have actions waiting', async () => {
    const { db } = runtime;
    const [waiting, idle] = await Promise.all([runtime.sessions.create('sunken-shrine', { seed: 4 }), runtime.sessions.create('sunken-shrine', { seed: 5 })]);
    await enqueueAction(db, { sessionId: waiting.sessionId, idempotencyKey: 'q1', characterId: 'mira', text: 'I wait' });
    await enqueueAction(db, { sessionId: waiting.sessionId, idempotencyKey: 'q2', characterId: 'mira', text: 'I wait more' });
    expect(await sessionsWithQueuedActions(db, { sessionIds: [waiting.sessionId, idle.sessionId] })).toEqual([waiting.sessionId]);
    expect(await sessionsWithQueuedActions(db, { sessionIds: [idle.sessionId] })).toEqual([]);
    expect(await sessionsWithQueuedActions(db, { sessionIds: [] })).toEqual([]);
  });
});
