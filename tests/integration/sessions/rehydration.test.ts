import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRuntime } from '@/lib/runtime/runtime';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { getSessionById, listSessionEvents } from '@/lib/db/queries/sessions';
import { applyPatches } from '@/lib/rules/patches';
import { SESSION_MACHINE_VERSION } from '@/machines/session.machine';
import { storeState } from '@/tests/fixtures/session-state';

const dir = mkdtempSync(path.join(os.tmpdir(), 'roundtable-rehydrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const config = readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' });

describe('a session that leaves memory comes back as it was', () => {
  it('persists the actor snapshot with its version, and a restarted process restores it and plays on', async () => {
    const db = await openPglite(dir);
    let runtime = await createRuntime(config, db);
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 8 });
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'We go deeper into the shrine.', idempotencyKey: 'deeper-01' });
    await runtime.sessions.settled(sessionId);
    const before = await runtime.sessions.view(sessionId);
    await runtime.close();

    const record = await getSessionById(db, { id: sessionId });
    expect(record?.snapshot).toMatchObject({ version: record!.version, machineVersion: SESSION_MACHINE_VERSION });
    expect((record!.snapshot!.value as { value: string }).value).toBe('awaitingAction');

    runtime = await createRuntime(config, db);
    expect(await runtime.sessions.view(sessionId)).toEqual(before);
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I attack the nearest rat', idempotencyKey: 'attack-01' });
    await runtime.sessions.settled(sessionId);
    expect((await runtime.sessions.view(sessionId)).version).toBeGreaterThan(before.version);
    await runtime.close();
    await db.close();
  }, 60_000);

  it('evicts an idle session from memory and brings it back on the next request', async () => {
    const db = await openPglite(dir);
    const runtime = await createRuntime(readConfig({ OFFLINE_TOKEN_DELAY_MS: '0', SESSION_IDLE_TTL_MS: '1000' }), db);
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 12 });
    const before = await runtime.sessions.view(sessionId);
    expect(runtime.sessions.liveSessionCount).toBe(1);
    await expect.poll(() => runtime.sessions.liveSessionCount, { timeout: 10_000, interval: 200 }).toBe(0);
    expect(await runtime.sessions.view(sessionId)).toEqual(before);
    expect(runtime.sessions.liveSessionCount).toBe(1);
    await runtime.close();
    await db.close();
  }, 30_000);

  it('rebuilds a session from its log when the snapshot is from an older machine', async () => {
    const db = await openPglite(dir);
    const runtime = await createRuntime(config, db);
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 9 });
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I search the altar', idempotencyKey: 'search-01' });
    await runtime.sessions.settled(sessionId);
    const before = await runtime.sessions.view(sessionId);
    await runtime.close();
    await db.query('update sessions set machine_version = $2, snapshot = $3 where id = $1', [sessionId, SESSION_MACHINE_VERSION - 1, { value: 'somewhereOld' }]);

    const again = await createRuntime(config, db);
    expect(await again.sessions.view(sessionId)).toEqual(before);
    await again.sessions.submit(sessionId, { characterId: 'mira', text: 'I listen', idempotencyKey: 'listen-01' });
    await again.sessions.settled(sessionId);
    const humans = (await listSessionEvents(db, { sessionId })).filter((e) => e.type === 'player.acted' && e.data.controller === 'human');
    expect(humans).toHaveLength(2);
    await again.close();
    await db.close();
  }, 60_000);

  it('saves the snapshot of a table that comes to rest without a commit, so other instances see it waiting', async () => {
    const db = await openPglite(dir);
    const runtime = await createRuntime(config, db);
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 11 });
    await runtime.sessions.view(sessionId);
    await runtime.close();
    const record = await getSessionById(db, { id: sessionId });
    expect(record?.snapshot).toMatchObject({ version: record!.version, machineVersion: SESSION_MACHINE_VERSION });
    expect((record!.snapshot!.value as { value: string }).value).toBe('awaitingAction');
    await db.close();
  }, 60_000);

  it('resumes AI turns still owed after a person acted, when rebuilt from the log', async () => {
    const db = await openPglite(dir);
    const runtime = await createRuntime(config, db);
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 10 });
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I look around', idempotencyKey: 'look-01' });
    await runtime.sessions.settled(sessionId);
    await runtime.close();
    // Cut the log back to just after the person's turn, as if the process died before the AI players acted.
    const events = await listSessionEvents(db, { sessionId });
    const personDone = events.find((e) => e.type === 'dm.narrated')!.seq;
    await db.query('delete from session_events where session_id = $1 and seq > $2', [sessionId, personDone]);
    const opening = events.find((e) => e.type === 'session.started');
    const narrated = events.find((e) => e.type === 'dm.narrated');
    if (opening?.type !== 'session.started' || narrated?.type !== 'dm.narrated') throw new Error('unexpected log');
    // The log keeps no dice key; the table's own row does.
    const { rows } = await db.query<{ key: string }>(`select state->>'seed' as key from sessions where id = $1`, [sessionId]);
    const state = applyPatches({ ...opening.data.initialState!, seed: rows[0]!.key }, narrated.data.patches);
    await storeState(db, sessionId, state, { throughSeq: personDone, snapshot: null, version: 1 });

    const again = await createRuntime(config, db);
    await again.sessions.settled(sessionId);
    const resumed = await listSessionEvents(db, { sessionId });
    expect(resumed.filter((e) => e.type === 'player.acted').map((e) => (e.data as { controller: string }).controller)).toEqual(['human', 'ai', 'ai']);
    expect(resumed.map((e) => e.seq)).toEqual(resumed.map((_, i) => i + 1));
    await again.close();
    await db.close();
  }, 60_000);
});
