import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '@/lib/runtime/runtime';
import { editByHand } from '@/lib/table/hand-edits';
import { invitePlayers, liveInvites, revokeTableInvite } from '@/lib/table/invites';
import { pauseOrResume } from '@/lib/table/pause-play';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

let runtime: Runtime;
const robin = { userId: '11111111-1111-4111-8111-111111111111', name: 'Robin' };

beforeAll(async () => {
  runtime = await memoryRuntime();
});
afterAll(() => closeRuntime(runtime));

const openTable = async () => (await runtime.sessions.create('sunken-shrine', { seed: 3, gm: robin })).sessionId;

describe('the game master’s tools', () => {
  it('pause and resume play, refusing to do either twice', async () => {
    const sessionId = await openTable();
    await expect(pauseOrResume(runtime.sessions, { sessionId, action: 'resume', reason: '' })).rejects.toMatchObject({ code: 'conflict', message: 'The game is not paused' });
    await pauseOrResume(runtime.sessions, { sessionId, action: 'pause', reason: 'pizza' });
    await runtime.sessions.settled(sessionId);
    expect((await runtime.sessions.view(sessionId)).status.paused).toBe(true);
    await expect(pauseOrResume(runtime.sessions, { sessionId, action: 'pause', reason: '' })).rejects.toMatchObject({ code: 'conflict', message: 'The game is already paused' });
  });

  it('refuse a hand edit the rules do not allow, before it reaches the table', async () => {
    const sessionId = await openTable();
    const before = (await runtime.sessions.view(sessionId)).version;
    const edit = editByHand(runtime.sessions, { sessionId, patches: [{ op: 'character.hp', characterId: 'nobody', hp: 3 }], reason: 'testing', by: robin.name });
    await expect(edit).rejects.toMatchObject({ code: 'bad_request', message: expect.stringMatching(/^The rules do not allow that change: /) });
    await runtime.sessions.settled(sessionId);
    expect((await runtime.sessions.view(sessionId)).version).toBe(before);
  });

  it('invite players by a link, list the links that work, and take one back once', async () => {
    const sessionId = await openTable();
    const invite = await invitePlayers(runtime.db, { sessionId, createdBy: robin.userId, maxUses: 1 });
    expect(invite).toMatchObject({ sessionId, role: 'player', usesLeft: 1, url: `/join/${invite.token}` });
    expect((await liveInvites(runtime.db, sessionId)).map((i) => i.url)).toEqual([invite.url]);
    await revokeTableInvite(runtime.db, { sessionId, token: invite.token });
    expect(await liveInvites(runtime.db, sessionId)).toEqual([]);
    await expect(revokeTableInvite(runtime.db, { sessionId, token: invite.token })).rejects.toMatchObject({ code: 'not_found' });
  });
});
