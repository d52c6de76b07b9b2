import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInvite } from '@/lib/db/queries/invites';
import { getMember, seatHolder } from '@/lib/db/queries/members';
import type { Runtime } from '@/lib/runtime/runtime';
import { joinTable } from '@/lib/table/join-table';
import { changeSeat } from '@/lib/table/seat-rules';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

let runtime: Runtime;
const robin = { userId: '11111111-1111-4111-8111-111111111111', name: 'Robin' };
const eve = { userId: '33333333-3333-4333-8333-333333333333', name: 'Eve' };
const mallory = { userId: '44444444-4444-4444-8444-444444444444', name: 'Mallory' };

beforeAll(async () => {
  runtime = await memoryRuntime();
});
afterAll(() => closeRuntime(runtime));

/** Robin's table, with Eve playing Kestrel and Mallory sitting in without a character. */
async function table() {
  const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 3, gm: robin });
  const invite = await createInvite(runtime.db, { token: `invite-${crypto.randomUUID()}`, sessionId, role: 'player', createdBy: robin.userId, expiresAt: null, maxUses: null });
  await joinTable(runtime, invite, eve, 'kestrel');
  await joinTable(runtime, invite, mallory, null);
  const member = async (who: { userId: string }) => (await getMember(runtime.db, { sessionId, userId: who.userId }))!;
  return { sessionId, member };
}

describe('who may change a seat', () => {
  it('lets a player hand only their own character to an AI player, and the game master anyone’s', async () => {
    const { sessionId, member } = await table();
    const handOver = async (who: typeof eve) => changeSeat(runtime, { sessionId, characterId: 'kestrel', to: 'ai', identity: who, member: await member(who) });
    await expect(handOver(mallory)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await seatHolder(runtime.db, { sessionId, characterId: 'kestrel' })).toBe(eve.userId);

    expect(await handOver(robin)).toBe('done');
    expect(await seatHolder(runtime.db, { sessionId, characterId: 'kestrel' })).toBeNull();
    await expect(handOver(robin)).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/^An AI player already plays /) });
  });

  it('lets a player take back their character, and refuses a character the table does not have', async () => {
    const { sessionId, member } = await table();
    await changeSeat(runtime, { sessionId, characterId: 'kestrel', to: 'ai', identity: eve, member: await member(eve) });
    expect(await changeSeat(runtime, { sessionId, characterId: 'kestrel', to: 'me', identity: eve, member: await member(eve) })).toBe('done');
    expect(await seatHolder(runtime.db, { sessionId, characterId: 'kestrel' })).toBe(eve.userId);
    await expect(changeSeat(runtime, { sessionId, characterId: 'nobody', to: 'me', identity: eve, member: await member(eve) })).rejects.toMatchObject({
      code: 'not_found',
      message: 'There is no character "nobody" at this table',
    });
  });
});
