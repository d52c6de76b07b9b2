import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinTable } from '@/lib/table/join-table';
import { createRuntime, type Runtime } from '@/lib/runtime/runtime';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { createInvite } from '@/lib/db/queries/invites';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import type { PresenceEntry } from '@/lib/realtime/live-events';

let runtime: Runtime;
const robin = { userId: '11111111-1111-4111-8111-111111111111', name: 'Robin' };
const sam = { userId: '22222222-2222-4222-8222-222222222222', name: 'Sam' };

beforeAll(async () => {
  const config = readConfig({ OFFLINE_TOKEN_DELAY_MS: '0', AGENT_TIMEOUT_MS: '5000', SEAT_GRACE_MS: '200', TURN_TIMEOUT_MS: '1000' });
  runtime = await createRuntime(config, await openPglite('memory://'));
});

afterAll(async () => {
  await runtime.close();
  await runtime.db.close();
});

async function controllerOf(sessionId: string, characterId: string) {
  return (await runtime.sessions.view(sessionId)).state.party.find((c) => c.id === characterId)?.controller;
}

async function seatedTable() {
  const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 21, gm: robin });
  const token = `invite-${crypto.randomUUID()}`;
  const invite = await createInvite(runtime.db, { token, sessionId, role: 'player', createdBy: robin.userId, expiresAt: null, maxUses: null });
  await joinTable(runtime, invite, sam, 'kestrel');
  await expect.poll(() => controllerOf(sessionId, 'kestrel')).toBe('human');
  return sessionId;
}

describe('seats keep the table moving', () => {
  it('an AI player takes the seat of a player gone past the grace period, and hands it back when they return', async () => {
    const sessionId = await seatedTable();
    const presence: PresenceEntry[][] = [];
    runtime.hub.subscribe(sessionId, (event) => event.kind === 'presence' && presence.push(event.people));

    const leave = await runtime.seats.connected(sessionId, sam);
    expect(presence.at(-1)?.find((p) => p.userId === sam.userId)?.online).toBe(true);
    leave();
    expect(presence.at(-1)?.find((p) => p.userId === sam.userId)?.online).toBe(false);
    await expect.poll(() => controllerOf(sessionId, 'kestrel'), { timeout: 5_000 }).toBe('ai');

    const back = await runtime.seats.connected(sessionId, sam);
    await expect.poll(() => controllerOf(sessionId, 'kestrel'), { timeout: 5_000 }).toBe('human');
    back();

    const reasons = (await listSessionEvents(runtime.db, { sessionId })).flatMap((e) => (e.type === 'seat.changed' ? [e.data.reason] : []));
    expect(reasons).toEqual([
      'Sam joins and plays Kestrel',
      'Sam left; an AI player plays Kestrel until they return',
      'Sam is back and plays Kestrel again',
    ]);
  });

  it('a player who comes back within the grace period keeps their seat', async () => {
    const sessionId = await seatedTable();
    (await runtime.seats.connected(sessionId, sam))();
    const back = await runtime.seats.connected(sessionId, sam);
    await new Promise((r) => setTimeout(r, 400));
    expect(await controllerOf(sessionId, 'kestrel')).toBe('human');
    back();
  });

  it("in a fight, a person's turn that runs past the timeout is played by an AI player standing in", async () => {
    const sessionId = await seatedTable();
    const leaveSam = await runtime.seats.connected(sessionId, sam);
    const leaveRobin = await runtime.seats.connected(sessionId, robin);
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'We go deeper into the shrine.', idempotencyKey: 'seat-fight-1' });
    await expect
      .poll(async () => (await listSessionEvents(runtime.db, { sessionId })).some((e) => e.type === 'seat.changed' && /did not act in time/.test(e.data.reason)), {
        timeout: 30_000,
      })
      .toBe(true);
    const events = await listSessionEvents(runtime.db, { sessionId });
    const stoodIn = events.find((e) => e.type === 'seat.changed' && /did not act in time/.test(e.data.reason))!;
    const characterId = stoodIn.type === 'seat.changed' ? stoodIn.data.characterId : '';
    expect(['mira', 'kestrel']).toContain(characterId);
    await expect
      .poll(async () =>
        (await listSessionEvents(runtime.db, { sessionId })).some(
          (e) => e.seq > stoodIn.seq && e.type === 'player.acted' && e.data.characterId === characterId && e.data.controller === 'ai',
        ),
      { timeout: 30_000 })
      .toBe(true);
    leaveSam();
    leaveRobin();
  });

  it('a heartbeat (a browser following the table over Supabase Realtime) counts as being there', async () => {
    const sessionId = await seatedTable();
    const online = async () => (await runtime.seats.presence(sessionId)).find((p) => p.userId === sam.userId)?.online;
    expect(await online()).toBe(false);
    runtime.seats.heartbeat(sessionId, sam);
    runtime.seats.heartbeat(sessionId, sam);
    await expect.poll(online).toBe(true);
  });

  it('typing shows for the person typing and then fades', async () => {
    const sessionId = await seatedTable();
    const leave = await runtime.seats.connected(sessionId, sam);
    runtime.seats.typing(sessionId, sam.userId);
    await expect.poll(async () => (await runtime.seats.presence(sessionId)).find((p) => p.userId === sam.userId)?.typing).toBe(true);
    leave();
    expect((await runtime.seats.presence(sessionId)).find((p) => p.userId === sam.userId)?.typing).toBe(false);
  });
});
