import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { continueCampaign } from '@/lib/campaigns/continue-campaign';
import { endSessionByGm } from '@/lib/campaigns/end-session';
import { listSummaries } from '@/lib/db/queries/campaign-summaries';
import { addMember, getMember } from '@/lib/db/queries/members';
import { getPlayerCharacterById, insertPlayerCharacter, seatPlayerCharacter } from '@/lib/db/queries/player-characters';
import { getSessionById, listSessionEvents } from '@/lib/db/queries/sessions';
import { getSessionLink } from '@/lib/db/queries/session-chain';
import { applyPatches } from '@/lib/rules/patches';
import type { Runtime } from '@/lib/runtime/runtime';
import { awardMilestone } from '@/lib/table/progression';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';
import { storeState } from '@/tests/fixtures/session-state';

let runtime: Runtime;

beforeAll(async () => {
  runtime = await memoryRuntime();
});
afterAll(() => closeRuntime(runtime));

const gm = { userId: '00000000-0000-4000-8000-000000000011', name: 'Robin' };
const sam = { userId: '00000000-0000-4000-8000-000000000012', name: 'Sam' };
const stranger = { userId: '00000000-0000-4000-8000-000000000013', name: 'Lou' };

async function playedSession(): Promise<string> {
  const { sessionId } = await runtime.sessions.create('sunken-shrine', { gm });
  await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I search the altar for traps', idempotencyKey: `k-${sessionId}` });
  await runtime.sessions.settled(sessionId);
  await awardMilestone(runtime, { sessionId, characterIds: 'party', amount: 120, reason: 'The shrine door is open', by: 'Robin' });
  return sessionId;
}

describe('ending a session', () => {
  it('is the game master’s alone, writes the session’s summary, and refuses actions afterwards', async () => {
    const sessionId = await playedSession();
    await addMember(runtime.db, { sessionId, userId: sam.userId, role: 'player', displayName: 'Sam' });
    await expect(endSessionByGm(runtime, { gm: sam, sessionId })).rejects.toMatchObject({ status: 403 });
    await expect(endSessionByGm(runtime, { gm: stranger, sessionId })).rejects.toMatchObject({ status: 403 });

    const { endedAt } = await endSessionByGm(runtime, { gm, sessionId });
    expect((await getSessionLink(runtime.db, sessionId))?.endedAt).toBe(endedAt);
    const summaries = await listSummaries(runtime.db, { chronicleId: sessionId, reader: { kind: 'dm' }, sessionId, tiers: ['session'] });
    expect(summaries).toHaveLength(1);
    await expect(runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I wait', idempotencyKey: 'after-end' })).rejects.toMatchObject({
      status: 409,
      message: 'This session has ended; continue the campaign from its page',
    });
    // Ending twice keeps the first time.
    expect((await endSessionByGm(runtime, { gm, sessionId })).endedAt).toBe(endedAt);
  });
});

describe('continuing the campaign', () => {
  it('opens the next session with the party as it was, a new dice key, its people and a recap', async () => {
    const first = await playedSession();
    await expect(continueCampaign(runtime, { gm, sessionId: first })).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/still in play/) });
    await addMember(runtime.db, { sessionId: first, userId: sam.userId, role: 'player', displayName: 'Sam' });
    const brought = await insertPlayerCharacter(runtime.db, { id: crypto.randomUUID(), ownerId: sam.userId, name: 'Kestrel', data: {}, portraitAssetId: null });
    await seatPlayerCharacter(runtime.db, { id: brought.id, sessionId: first, partyId: 'kestrel' });
    await endSessionByGm(runtime, { gm, sessionId: first });
    // Wounds and a purse the table left behind must come along as they are.
    const left = applyPatches((await getSessionById(runtime.db, { id: first }))!.state, []);
    await storeState(runtime.db, first, { ...left, party: left.party.map((c, i) => (i === 0 ? { ...c, hp: 3, coins: { ...c.coins, gp: 41 } } : c)) });
    await expect(continueCampaign(runtime, { gm: sam, sessionId: first })).rejects.toMatchObject({ status: 403 });

    const { sessionId: second } = await continueCampaign(runtime, { gm, sessionId: first });
    const before = applyPatches((await getSessionById(runtime.db, { id: first }))!.state, []);
    const after = applyPatches((await getSessionById(runtime.db, { id: second }))!.state, []);
    expect(after.party.map((c) => [c.id, c.xp, c.hp, c.coins, c.inventory])).toEqual(before.party.map((c) => [c.id, c.xp, c.hp, c.coins, c.inventory]));
    expect(after.party[0]).toMatchObject({ hp: 3, coins: expect.objectContaining({ gp: 41 }), xp: 120 });
    expect(after.party.every((c) => c.position === null)).toBe(true);
    expect(after.scene.locationId).toBe(before.scene.locationId);
    expect(after.creatures.map((c) => c.id)).toEqual(before.creatures.map((c) => c.id));
    expect(after).toMatchObject({ combat: null, rollCount: before.rollCount });
    expect(after.seed).not.toBe(before.seed);

    expect((await getSessionLink(runtime.db, second))?.previousSessionId).toBe(first);
    const [started] = await listSessionEvents(runtime.db, { sessionId: second });
    expect(started).toMatchObject({ type: 'session.started', data: { recap: expect.stringMatching(/\w/) } });
    expect(started!.data).not.toHaveProperty('initialState.seed');
    expect(await getMember(runtime.db, { sessionId: second, userId: gm.userId })).toMatchObject({ role: 'gm', seats: ['mira'] });
    expect(await getMember(runtime.db, { sessionId: second, userId: sam.userId })).toMatchObject({ role: 'player' });
    expect((await getPlayerCharacterById(runtime.db, { id: brought.id }))?.sessionId).toBe(second);

    await expect(continueCampaign(runtime, { gm, sessionId: first })).rejects.toMatchObject({ status: 409, message: expect.stringContaining(second) });
    await expect(continueCampaign(runtime, { gm, sessionId: second })).rejects.toMatchObject({ status: 409 });
    // The new table plays: the continued party takes its turn.
    await runtime.sessions.submit(second, { characterId: 'mira', text: 'I look around', idempotencyKey: 'k-second' });
    await runtime.sessions.settled(second);
    expect((await listSessionEvents(runtime.db, { sessionId: second })).map((e) => e.type)).toContain('dm.narrated');
  });

  it('forks no campaign when two continue the same session at once', async () => {
    const first = await playedSession();
    await endSessionByGm(runtime, { gm, sessionId: first });
    const tries = await Promise.allSettled([continueCampaign(runtime, { gm, sessionId: first }), continueCampaign(runtime, { gm, sessionId: first })]);
    expect(tries.filter((t) => t.status === 'fulfilled')).toHaveLength(1);
    expect(tries.find((t) => t.status === 'rejected')).toMatchObject({ reason: { status: 409 } });
    const { rows } = await runtime.db.query<{ n: number }>('select count(*)::int as n from sessions where previous_session_id = $1', [first]);
    expect(rows[0]!.n).toBe(1);
  });
});
