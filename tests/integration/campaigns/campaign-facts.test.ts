import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { correctFactByGm, pinFact } from '@/lib/campaigns/campaign-facts';
import { campaignPage } from '@/lib/campaigns/campaign-page';
import { endSessionByGm } from '@/lib/campaigns/end-session';
import { insertFacts, listFacts } from '@/lib/db/queries/campaign-facts';
import { addMember, claimSeat } from '@/lib/db/queries/members';
import type { Runtime } from '@/lib/runtime/runtime';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';
import { correctBody } from '@/app/api/campaigns/[id]/facts/[factId]/correct/schema';

let runtime: Runtime;
let sessionId: string;

const gm = { userId: '00000000-0000-4000-8000-000000000021', name: 'Robin' };
const sam = { userId: '00000000-0000-4000-8000-000000000022', name: 'Sam' };
const stranger = { userId: '00000000-0000-4000-8000-000000000023', name: 'Lou' };

beforeAll(async () => {
  runtime = await memoryRuntime();
  ({ sessionId } = await runtime.sessions.create('sunken-shrine', { gm }));
  await addMember(runtime.db, { sessionId, userId: sam.userId, role: 'player', displayName: 'Sam' });
  await claimSeat(runtime.db, { sessionId, userId: sam.userId, characterId: 'kestrel' });
  await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I search the altar for traps', idempotencyKey: 'facts-0001' });
  await runtime.sessions.settled(sessionId);
  await endSessionByGm(runtime, { gm, sessionId });
  // What only Aldric saw, and what only the DM knows, beside what the whole table saw.
  const embedding = new Array(runtime.memory.embedder.dimensions).fill(0.1);
  const base = { detail: {}, sourceSeq: 1, embedding };
  await insertFacts(runtime.db, {
    campaignId: 'sunken-shrine',
    chronicleId: sessionId,
    sessionId,
    dimensions: runtime.memory.embedder.dimensions,
    facts: [
      { ...base, kind: 'clue', subject: 'the bell', text: 'Aldric heard the bell toll under the water.', witnesses: ['aldric'], secret: false },
      { ...base, kind: 'person', subject: 'Maren', text: 'Maren is the cult’s leader.', witnesses: null, secret: true },
    ],
  });
});
afterAll(() => closeRuntime(runtime));

async function placeFact() {
  const facts = await listFacts(runtime.db, { chronicleId: sessionId, reader: { kind: 'dm' }, kinds: ['place'] });
  return facts[0]!;
}

describe('the campaign page', () => {
  it('shows the game master everything, a player only what their characters witnessed and no secrets, and strangers nothing', async () => {
    const forGm = await campaignPage(runtime, { identity: gm, campaignId: 'sunken-shrine' });
    expect(forGm).toMatchObject({ gm: true, campaign: { title: 'The Sunken Shrine of Vel' }, latest: { id: sessionId, continuable: true } });
    expect(forGm.quests.map((q) => q.text)).toEqual(['The party set out on The Sunken Shrine of Vel.']);
    expect(forGm.facts.map((f) => f.subject)).toEqual(expect.arrayContaining(['the bell', 'Maren']));
    expect(forGm.journal[0]?.summaries.some((s) => s.tier === 'session')).toBe(true);
    expect(forGm.party.map((c) => c.id)).toEqual(['mira', 'aldric', 'kestrel']);

    const forSam = await campaignPage(runtime, { identity: sam, campaignId: 'sunken-shrine' });
    expect(forSam).toMatchObject({ gm: false, latest: { continuable: false } });
    expect(forSam.quests).toHaveLength(1);
    expect(forSam.facts.map((f) => f.subject)).not.toContain('the bell');
    expect(forSam.facts.map((f) => f.subject)).not.toContain('Maren');
    expect(forSam.facts.some((f) => f.kind === 'place')).toBe(true);

    await expect(campaignPage(runtime, { identity: stranger, campaignId: 'sunken-shrine' })).rejects.toMatchObject({ status: 403 });
    await expect(campaignPage(runtime, { identity: gm, campaignId: 'no-such-campaign' })).rejects.toMatchObject({ status: 404 });
  });
});

describe('pinning and correcting facts', () => {
  it('lets the game master pin, unpin and correct a fact, and no one else', async () => {
    const fact = await placeFact();
    await expect(pinFact(runtime, { identity: sam, campaignId: 'sunken-shrine', factId: fact.id, pinned: true })).rejects.toMatchObject({ status: 403 });
    await expect(pinFact(runtime, { identity: stranger, campaignId: 'sunken-shrine', factId: fact.id, pinned: true })).rejects.toMatchObject({ status: 403 });
    expect(await pinFact(runtime, { identity: gm, campaignId: 'sunken-shrine', factId: fact.id, pinned: true })).toMatchObject({ pinned: true });
    expect(await listFacts(runtime.db, { chronicleId: sessionId, reader: { kind: 'dm' }, pinnedOnly: true })).toHaveLength(1);
    expect(await pinFact(runtime, { identity: gm, campaignId: 'sunken-shrine', factId: fact.id, pinned: false })).toMatchObject({ pinned: false });

    const correction = { subject: 'The nave', text: 'The adventure began in the flooded nave.' };
    await expect(correctFactByGm(runtime, { identity: sam, campaignId: 'sunken-shrine', factId: fact.id, ...correction })).rejects.toMatchObject({ status: 403 });
    expect(await correctFactByGm(runtime, { identity: gm, campaignId: 'sunken-shrine', factId: fact.id, ...correction })).toMatchObject({ ...correction, correctedBy: 'Robin' });
    const missing = crypto.randomUUID();
    await expect(pinFact(runtime, { identity: gm, campaignId: 'sunken-shrine', factId: missing, pinned: true })).rejects.toMatchObject({ status: 404 });
  });

  it('takes a correction of 1–120 characters of subject and 1–600 of text', () => {
    expect(correctBody.safeParse({ subject: 'Maren', text: 'Maren keeps the bell.' }).success).toBe(true);
    expect(correctBody.safeParse({ subject: ' ', text: 'x' }).error?.issues[0]?.message).toBe('Say who or what the fact is about');
    expect(correctBody.safeParse({ subject: 'x'.repeat(121), text: 'x' }).error?.issues[0]?.message).toBe('Keep the subject under 120 characters');
    expect(correctBody.safeParse({ subject: 'x', text: '' }).error?.issues[0]?.message).toBe('Write the fact as it should read');
    expect(correctBody.safeParse({ subject: 'x', text: 'x'.repeat(601) }).error?.issues[0]?.message).toBe('Keep the fact under 600 characters');
  });
});

describe('two groups playing the same campaign', () => {
  it('keep their memories apart: another table neither recalls, lists nor changes this one’s facts', async () => {
    const other = { userId: '00000000-0000-4000-8000-000000000024', name: 'Ada' };
    const { sessionId: theirs } = await runtime.sessions.create('sunken-shrine', { gm: other });
    await runtime.sessions.submit(theirs, { characterId: 'mira', text: 'I wait by the door', idempotencyKey: 'facts-other-0001' });
    await runtime.sessions.settled(theirs);
    const page = await campaignPage(runtime, { identity: other, campaignId: 'sunken-shrine' });
    expect(page.sessions.map((s) => s.id)).toEqual([theirs]);
    expect(page.facts.map((f) => f.text)).not.toContain('Maren is the cult’s leader.');
    expect(await listFacts(runtime.db, { chronicleId: theirs, reader: { kind: 'dm' } })).not.toEqual(
      expect.arrayContaining([expect.objectContaining({ text: 'Aldric heard the bell toll under the water.' })]),
    );
    const ours = await placeFact();
    await expect(pinFact(runtime, { identity: other, campaignId: 'sunken-shrine', factId: ours.id, pinned: true })).rejects.toMatchObject({ status: 404 });
    // Our game master still sees our own run, not theirs, and cannot open theirs.
    expect((await campaignPage(runtime, { identity: gm, campaignId: 'sunken-shrine' })).sessions.map((s) => s.id)).toEqual([sessionId]);
    await expect(campaignPage(runtime, { identity: gm, campaignId: 'sunken-shrine', run: theirs })).rejects.toMatchObject({ status: 403 });
  });
});

describe('a game master who ran the campaign twice', () => {
  it('sees the latest run, may open the first, and pins a fact of the first while the second goes on', async () => {
    const { sessionId: second } = await runtime.sessions.create('sunken-shrine', { gm });
    const latest = await campaignPage(runtime, { identity: gm, campaignId: 'sunken-shrine' });
    expect(latest.sessions.map((s) => s.id)).toEqual([second]);
    expect(latest.runs.map((r) => [r.chronicleId, r.number, r.gm, r.shown])).toEqual([
      [sessionId, 1, true, false],
      [second, 2, true, true],
    ]);

    const first = await campaignPage(runtime, { identity: gm, campaignId: 'sunken-shrine', run: sessionId });
    expect(first.sessions.map((s) => s.id)).toEqual([sessionId]);
    expect(first.facts.map((f) => f.subject)).toContain('Maren');
    expect(first.runs.find((r) => r.shown)?.chronicleId).toBe(sessionId);

    const fact = await placeFact();
    expect(await pinFact(runtime, { identity: gm, campaignId: 'sunken-shrine', factId: fact.id, pinned: true })).toMatchObject({ pinned: true });
    await pinFact(runtime, { identity: gm, campaignId: 'sunken-shrine', factId: fact.id, pinned: false });
    // Sam played the first run, not as its game master; a run nobody here sat at is refused by name.
    await expect(pinFact(runtime, { identity: sam, campaignId: 'sunken-shrine', factId: fact.id, pinned: true })).rejects.toMatchObject({ status: 403 });
    await expect(campaignPage(runtime, { identity: sam, campaignId: 'sunken-shrine', run: second })).rejects.toMatchObject({ status: 403 });
    await expect(campaignPage(runtime, { identity: gm, campaignId: 'sunken-shrine', run: 'not-a-run' })).rejects.toMatchObject({ status: 403 });
  });
});
