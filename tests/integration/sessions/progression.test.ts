import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardMilestone, chooseLevelUp, levelUpOfferFor } from '@/lib/table/progression';
import type { Runtime } from '@/lib/runtime/runtime';
import type { Member } from '@/lib/db/queries/members';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

let runtime: Runtime;

beforeAll(async () => {
  runtime = await memoryRuntime();
});
afterAll(() => closeRuntime(runtime));

const gm: Member = { userId: '00000000-0000-4000-8000-000000000001', role: 'gm', displayName: 'Robin', seats: ['mira'] };
const player: Member = { userId: '00000000-0000-4000-8000-000000000002', role: 'player', displayName: 'Sam', seats: [] };
const identity = { userId: gm.userId, name: 'Robin' };

describe('milestones and level-ups through the table', () => {
  it('commits a milestone with who and why, levels the AI players, then a person’s level-up with a rolled die', async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 4 });
    await expect(awardMilestone(runtime, { sessionId, characterIds: ['nobody'], amount: 100, reason: 'x', by: 'Robin' })).rejects.toThrow(/no character "nobody"/);
    expect(await awardMilestone(runtime, { sessionId, characterIds: 'party', amount: 300, reason: 'The nave is safe', by: 'Robin' })).toEqual({ settled: true });
    const offer = await levelUpOfferFor(runtime, { sessionId, member: gm, characterId: 'mira' });
    expect(offer).toMatchObject({ level: 1, nextLevel: 2, ready: true });
    await expect(levelUpOfferFor(runtime, { sessionId, member: player, characterId: 'mira' })).rejects.toThrow(/not your character/);
    await expect(chooseLevelUp(runtime, { sessionId, member: gm, identity, characterId: 'mira', choices: { hitPoints: 'roll', improvement: { dex: 2 } } })).rejects.toThrow(/no ability score improvement/);
    expect(await chooseLevelUp(runtime, { sessionId, member: gm, identity, characterId: 'mira', choices: { hitPoints: 'roll' } })).toEqual({ settled: true, level: 2 });
    const events = await listSessionEvents(runtime.db, { sessionId });
    const progress = events.filter((e) => e.type === 'xp.awarded' || e.type === 'character.leveled');
    expect(progress.map((e) => e.type)).toEqual(['xp.awarded', 'character.leveled', 'character.leveled', 'character.leveled']);
    expect(progress[0]!.data).toMatchObject({ source: 'milestone', by: 'Robin', reason: 'The nave is safe', each: 300 });
    expect(progress[3]!.data).toMatchObject({ characterId: 'mira', by: 'Robin', hitPointMethod: 'rolled', rolls: [expect.objectContaining({ notation: '1d8' })] });
    const { state } = await runtime.sessions.view(sessionId);
    expect(state.party.map((c) => c.level)).toEqual([2, 2, 2]);
  });
});
