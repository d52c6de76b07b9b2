import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinTable } from '@/lib/table/join-table';
import { createRuntime, type Runtime } from '@/lib/runtime/runtime';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { createInvite } from '@/lib/db/queries/invites';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import type { Database } from '@/lib/db/types';
import type { LiveEvent, PresenceEntry } from '@/lib/realtime/live-events';
import { cleanUp, expectNoLeftovers, newNamespace, REDIS_URL, transportsUnderTest } from '../bus/transports';

const redis = (await transportsUnderTest()).find((t) => t.kind === 'redis')!;
const robin = { userId: '11111111-1111-4111-8111-111111111111', name: 'Robin' };
const sam = { userId: '22222222-2222-4222-8222-222222222222', name: 'Sam' };
const namespace = newNamespace();
let db: Database;
let a: Runtime;
let b: Runtime;

/** Two app instances in one process: one database, one Redis bus, each hosting its own agents. */
beforeAll(async () => {
  if (!redis.available) return;
  db = await openPglite('memory://');
  const config = readConfig({
    BUS_URL: REDIS_URL,
    BUS_NAMESPACE: namespace,
    OFFLINE_TOKEN_DELAY_MS: '0',
    AGENT_TIMEOUT_MS: '5000',
    SEAT_GRACE_MS: '300',
    SESSION_LEASE_MS: '1000',
  });
  a = await createRuntime(config, db);
  b = await createRuntime(config, db);
});

afterAll(async () => {
  if (!redis.available) return;
  await a.close();
  await b.close();
  await db.close();
  await cleanUp('redis', namespace);
  await expectNoLeftovers();
});

const controllerOf = async (runtime: Runtime, sessionId: string, characterId: string) =>
  (await runtime.sessions.view(sessionId)).state.party.find((c) => c.id === characterId)?.controller;

describe.skipIf(!redis.available)('two app instances sharing a table', () => {
  it('play each turn once, at the instance holding the table, and both instances\' listeners see it', async () => {
    const { sessionId } = await a.sessions.create('sunken-shrine', { seed: 4, gm: robin });
    const seen = { a: [] as LiveEvent[], b: [] as LiveEvent[] };
    a.hub.subscribe(sessionId, (e) => seen.a.push(e));
    b.hub.subscribe(sessionId, (e) => seen.b.push(e));

    await b.sessions.submit(sessionId, { characterId: 'mira', text: 'I look around', idempotencyKey: 'shared-1' });
    await expect.poll(async () => (await listSessionEvents(db, { sessionId })).some((e) => e.type === 'dm.narrated'), { timeout: 15_000 }).toBe(true);
    // The instance the action reached took the table; the other one's action is passed to it.
    await a.sessions.submit(sessionId, { characterId: 'mira', text: 'I listen at the door', idempotencyKey: 'shared-2' });
    await expect
      .poll(async () => (await listSessionEvents(db, { sessionId })).filter((e) => e.type === 'player.acted' && e.data.controller === 'human').length, { timeout: 15_000 })
      .toBe(2);
    expect((await a.sessions.liveSessions()).map((s) => s.sessionId)).not.toContain(sessionId);
    expect((await b.sessions.liveSessions()).map((s) => s.sessionId)).toContain(sessionId);

    await b.sessions.settled(sessionId);
    const logged = (await listSessionEvents(db, { sessionId })).map((e) => e.seq).filter((seq) => seq > 1);
    await expect.poll(() => seen.a.flatMap((e) => (e.kind === 'log' ? [e.event.seq] : [])), { timeout: 5_000 }).toEqual(logged);
    expect(seen.b.flatMap((e) => (e.kind === 'log' ? [e.event.seq] : []))).toEqual(logged);
    expect(seen.a.some((e) => e.kind === 'narration')).toBe(true);
  });

  it('know who is at the table through either instance, and hand a seat to an AI player only when its player is gone from both', async () => {
    const { sessionId } = await a.sessions.create('sunken-shrine', { seed: 5, gm: robin });
    const token = `invite-${crypto.randomUUID()}`;
    const invite = await createInvite(db, { token, sessionId, role: 'player', createdBy: robin.userId, expiresAt: null, maxUses: null });
    await joinTable(b, invite, sam, 'kestrel');
    await expect.poll(() => controllerOf(a, sessionId, 'kestrel'), { timeout: 5_000 }).toBe('human');

    const atA: PresenceEntry[][] = [];
    a.hub.subscribe(sessionId, (e) => e.kind === 'presence' && atA.push(e.people));
    const robinAtA = await a.seats.connected(sessionId, robin);
    const samAtB = await b.seats.connected(sessionId, sam);
    const online = (people: PresenceEntry[] | undefined, who: { userId: string }) => people?.find((p) => p.userId === who.userId)?.online;
    await expect.poll(() => online(atA.at(-1), sam), { timeout: 5_000 }).toBe(true);
    await expect.poll(async () => online(await b.seats.presence(sessionId), robin), { timeout: 5_000 }).toBe(true);

    // Sam's browser moves from B to A (B went away behind the load balancer): past the grace period, Sam keeps Kestrel.
    samAtB();
    const samAtA = await a.seats.connected(sessionId, sam);
    await new Promise((r) => setTimeout(r, 800));
    expect(await controllerOf(a, sessionId, 'kestrel')).toBe('human');

    // Gone from both: an AI player stands in.
    samAtA();
    await expect.poll(() => controllerOf(b, sessionId, 'kestrel'), { timeout: 5_000 }).toBe('ai');
    robinAtA();
    const changes = (await listSessionEvents(db, { sessionId })).flatMap((e) => (e.type === 'seat.changed' ? [e.data.reason] : []));
    expect(changes).toEqual(['Sam joins and plays Kestrel', 'Sam left; an AI player plays Kestrel until they return']);
  });
});
