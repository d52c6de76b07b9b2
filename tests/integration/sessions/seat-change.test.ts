import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinTable } from '@/lib/table/join-table';
import type { Runtime } from '@/lib/runtime/runtime';
import { leaveSeat } from '@/lib/table/seat-change';
import { createInvite } from '@/lib/db/queries/invites';
import { getMember, seatHolder } from '@/lib/db/queries/members';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

let runtime: Runtime;
const robin = { userId: '11111111-1111-4111-8111-111111111111', name: 'Robin' };
const eve = { userId: '33333333-3333-4333-8333-333333333333', name: 'Eve' };

beforeAll(async () => {
  runtime = await memoryRuntime();
});
afterAll(() => closeRuntime(runtime));

async function invitedTable() {
  const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 3, gm: robin });
  const invite = await createInvite(runtime.db, { token: `invite-${crypto.randomUUID()}`, sessionId, role: 'player', createdBy: robin.userId, expiresAt: null, maxUses: null });
  return { sessionId, invite };
}

const controllerOf = async (sessionId: string, characterId: string) =>
  (await runtime.sessions.view(sessionId)).state.party.find((c) => c.id === characterId)?.controller;
const seatEvents = async (sessionId: string) => (await listSessionEvents(runtime.db, { sessionId })).filter((e) => e.type === 'seat.changed');

describe('a seat and its log event', () => {
  it('land together: joining with a character gives the seat, the controller and the event in one commit', async () => {
    const { sessionId, invite } = await invitedTable();
    await joinTable(runtime, invite, eve, 'kestrel');
    expect(await seatHolder(runtime.db, { sessionId, characterId: 'kestrel' })).toBe(eve.userId);
    expect(await controllerOf(sessionId, 'kestrel')).toBe('human');
    expect((await seatEvents(sessionId)).map((e) => e.data)).toMatchObject([{ characterId: 'kestrel', controller: 'human' }]);

    await leaveSeat(runtime, { sessionId, characterId: 'kestrel', reason: 'Eve steps away' });
    expect(await seatHolder(runtime.db, { sessionId, characterId: 'kestrel' })).toBeNull();
    expect(await controllerOf(sessionId, 'kestrel')).toBe('ai');
    expect(await seatEvents(sessionId)).toHaveLength(2);
  });

  // Regression: the seat was saved, its log event failed, and the character stayed with the AI while her player was refused.
  it('or neither lands: when the event cannot be written, no seat is held and the character stays with the AI', async () => {
    const { sessionId, invite } = await invitedTable();
    await runtime.db.query(`
      create function refuse_seat_events() returns trigger language plpgsql as $$
      begin
        if new.type = 'seat.changed' then raise exception 'the log refuses this event'; end if;
        return new;
      end $$`);
    await runtime.db.query('create trigger refuse_seat_events before insert on session_events for each row execute function refuse_seat_events()');
    try {
      await expect(joinTable(runtime, invite, eve, 'kestrel')).rejects.toThrow(/The seat could not change: .*the log refuses this event/);
      expect(await seatHolder(runtime.db, { sessionId, characterId: 'kestrel' })).toBeNull();
      expect(await controllerOf(sessionId, 'kestrel')).toBe('ai');
      expect(await seatEvents(sessionId)).toHaveLength(0);
      // She is at the table, and may take the seat again once the log accepts it.
      expect(await getMember(runtime.db, { sessionId, userId: eve.userId })).not.toBeNull();
    } finally {
      await runtime.db.query('drop trigger refuse_seat_events on session_events');
      await runtime.db.query('drop function refuse_seat_events()');
    }
    await joinTable(runtime, invite, eve, 'kestrel');
    expect(await seatHolder(runtime.db, { sessionId, characterId: 'kestrel' })).toBe(eve.userId);
    expect(await controllerOf(sessionId, 'kestrel')).toBe('human');
  });
});
