import { expect, test, type APIRequestContext, type APIResponse } from '@playwright/test';
import { person, refused } from './api-steps';

test.describe('every route asks who is asking', () => {
  let sessionId: string;
  let token: string;
  let player: APIRequestContext;
  let outsider: APIRequestContext;
  let anonymous: APIRequestContext;

  test.beforeAll(async ({ request, baseURL }) => {
    sessionId = (await (await request.post('/api/sessions', { data: { campaignId: 'sunken-shrine' } })).json()).sessionId;
    token = (await (await request.post(`/api/sessions/${sessionId}/invites`, { data: {} })).json()).token;
    player = await person(baseURL!, 'Sam');
    expect((await player.post(`/api/invites/${token}`, { data: { characterId: 'kestrel' } })).status()).toBe(200);
    outsider = await person(baseURL!, 'Eve');
    anonymous = await person(baseURL!, null);
  });

  test('unauthenticated: 401 everywhere but the invitation itself', async () => {
    const table = `/api/sessions/${sessionId}`;
    const calls: Array<() => Promise<APIResponse>> = [
      () => anonymous.post('/api/sessions', { data: { campaignId: 'sunken-shrine' } }),
      () => anonymous.get(table),
      () => anonymous.get(`${table}/live`),
      () => anonymous.post(`${table}/actions`, { data: { characterId: 'mira', text: 'hi', idempotencyKey: 'anon-key-1' } }),
      () => anonymous.post(`${table}/invites`, { data: {} }),
      () => anonymous.post(`${table}/seats`, { data: { characterId: 'aldric', to: 'me' } }),
      () => anonymous.post(`${table}/table`, { data: { action: 'pause' } }),
      () => anonymous.post(`${table}/edits`, { data: { reason: 'because', patches: [{ op: 'character.hp', characterId: 'mira', hp: 1 }] } }),
      () => anonymous.post(`${table}/typing`),
      () => anonymous.post(`${table}/xp`, { data: { characterIds: 'party', amount: 100, reason: 'a milestone' } }),
      () => anonymous.get(`${table}/characters/mira/level-up`),
      () => anonymous.post(`${table}/characters/mira/level-up`, { data: { hitPoints: 'average' } }),
      () => anonymous.delete(`${table}/members/00000000-0000-4000-8000-000000000001`),
      () => anonymous.get(`${table}/rulebooks`),
      () => anonymous.put(`${table}/rulebooks`, { data: { ruleSystemIds: [] } }),
      () => anonymous.post(`/api/invites/${token}`, { data: { characterId: null } }),
      () => anonymous.post('/api/campaign-drafts'),
      () => anonymous.get('/api/rulebooks'),
      () => anonymous.post('/api/rulebooks/imports', { multipart: { file: { name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') } } }),
      () => anonymous.get('/api/assets/00000000-0000-4000-8000-000000000001'),
    ];
    for (const call of calls) await refused(await call(), 401, /Sign in first/);
    // The invitation is its own key: anyone holding the link may see where they would sit.
    expect((await anonymous.get(`/api/invites/${token}`)).status()).toBe(200);
  });

  test('wrong table: 403 for someone who is not at it, 404 for a table that does not exist', async () => {
    const table = `/api/sessions/${sessionId}`;
    const calls: Array<() => Promise<APIResponse>> = [
      () => outsider.get(table),
      () => outsider.get(`${table}/live`),
      () => outsider.post(`${table}/actions`, { data: { characterId: 'mira', text: 'hi', idempotencyKey: 'outsider-1' } }),
      () => outsider.post(`${table}/seats`, { data: { characterId: 'aldric', to: 'me' } }),
      () => outsider.post(`${table}/typing`),
      () => outsider.post(`${table}/invites`, { data: {} }),
      () => outsider.post(`${table}/table`, { data: { action: 'pause' } }),
      () => outsider.post(`${table}/xp`, { data: { characterIds: 'party', amount: 100, reason: 'a milestone' } }),
      () => outsider.get(`${table}/characters/mira/level-up`),
      () => outsider.post(`${table}/characters/mira/level-up`, { data: { hitPoints: 'average' } }),
      () => outsider.get(`${table}/rulebooks`),
      () => outsider.put(`${table}/rulebooks`, { data: { ruleSystemIds: [] } }),
    ];
    for (const call of calls) await refused(await call(), 403, /not at this table/);
    await refused(await outsider.post('/api/sessions/00000000-0000-4000-8000-00000000beef/xp', { data: { characterIds: 'party', amount: 1, reason: 'none' } }), 404, /no session/);
    await refused(await outsider.get('/api/sessions/00000000-0000-4000-8000-00000000beef'), 404, /no session/);
    await refused(await outsider.post('/api/invites/not-a-real-invitation-token-at-all', { data: { characterId: null } }), 404, /not valid/);
  });

  test("wrong character: a player acts only for their own", async ({ request }) => {
    const url = `/api/sessions/${sessionId}/actions`;
    await refused(await player.post(url, { data: { characterId: 'mira', text: 'I take her sword', idempotencyKey: 'sam-mira-1' } }), 403, /Mira .*is not your character/);
    await refused(await request.post(url, { data: { characterId: 'kestrel', text: 'I move Kestrel', idempotencyKey: 'robin-kestrel-1' } }), 403, /Kestrel.* is not your character/);
    await refused(await player.post(url, { data: { characterId: 'smaug', text: 'I roar', idempotencyKey: 'sam-smaug-1' } }), 404, /no character/);
    await refused(await player.post(`/api/sessions/${sessionId}/seats`, { data: { characterId: 'mira', to: 'me' } }), 409, /Someone else plays Mira/);
    await refused(await player.post(`/api/sessions/${sessionId}/seats`, { data: { characterId: 'mira', to: 'ai' } }), 403, /Only the game master can hand/);
  });

  test('wrong role: what only the game master may do', async ({ request }) => {
    const table = `/api/sessions/${sessionId}`;
    const gmUserId = (await (await request.get('/api/auth/session')).json()).identity.userId;
    await refused(await player.post(`${table}/invites`, { data: {} }), 403, /Only the game master can invite/);
    await refused(await player.post(`${table}/table`, { data: { action: 'pause' } }), 403, /Only the game master can pause/);
    await refused(
      await player.post(`${table}/edits`, { data: { reason: 'I want more', patches: [{ op: 'character.hp', characterId: 'kestrel', hp: 99 }] } }),
      403,
      /Only the game master can change/,
    );
    await refused(await player.delete(`${table}/members/${gmUserId}`), 403, /Only the game master can remove/);
    await refused(await player.put(`${table}/rulebooks`, { data: { ruleSystemIds: [] } }), 403, /Only the game master can choose the rulebooks/);
    expect((await player.get(`${table}/rulebooks`)).status()).toBe(200);
    await refused(await request.put(`${table}/rulebooks`, { data: { ruleSystemIds: ['00000000-0000-4000-8000-00000000beef'] } }), 404, /no rulebook/);
    await refused(await request.put(`${table}/rulebooks`, { data: { ruleSystemIds: 'all' } }), 400, /ids of the rulebooks/);
    await refused(await player.post(`${table}/xp`, { data: { characterIds: ['kestrel'], amount: 5000, reason: 'I deserve it' } }), 403, /Only the game master can award/);
    await refused(await player.get(`${table}/characters/mira/level-up`), 403, /not your character/);
    await refused(await player.post(`${table}/characters/mira/level-up`, { data: { hitPoints: 'average' } }), 403, /not your character/);
    await refused(await player.get(`${table}/characters/smaug/level-up`), 404, /no character/);
    expect(await (await player.get(`${table}/characters/kestrel/level-up`)).json()).toMatchObject({ characterId: 'kestrel', nextLevel: 2, ready: false });
    // The game master may, within bounds the body states and rules the table keeps.
    await refused(await request.post(`${table}/xp`, { data: { characterIds: 'party', amount: 0, reason: 'nothing' } }), 400, /amount: A milestone gives at least 1 XP/);
    await refused(await request.post(`${table}/xp`, { data: { characterIds: ['smaug'], amount: 10, reason: 'a dragon' } }), 400, /no character "smaug"/);
    await refused(await request.post(`${table}/characters/mira/level-up`, { data: { hitPoints: 'average', xp: 300 } }), 400, /Unrecognized key/);
    await refused(await request.post(`${table}/characters/mira/level-up`, { data: { hitPoints: 'average' } }), 400, /level 2 needs 300/);
    // The game master may, and the rules still judge the change.
    await refused(
      await request.post(`${table}/edits`, { data: { reason: 'a test', patches: [{ op: 'character.spellSlot', characterId: 'mira', level: 9, remaining: 1 }] } }),
      400,
      /rules do not allow/,
    );
    expect((await request.post(`${table}/table`, { data: { action: 'pause', reason: 'snacks' } })).status()).toBe(202);
    await expect.poll(async () => (await (await request.get(table)).json()).status.paused).toBe(true);
    await refused(await player.post(`${table}/actions`, { data: { characterId: 'kestrel', text: 'I wait', idempotencyKey: 'sam-paused-1' } }), 409, /paused/);
    expect((await request.post(`${table}/table`, { data: { action: 'resume' } })).status()).toBe(202);
    await expect.poll(async () => (await (await request.get(table)).json()).status.paused).toBe(false);
    const events = (await (await request.get(table)).json()).events as Array<{ type: string }>;
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['seat.changed', 'table.paused', 'table.resumed']));
  });

  test('a draft belongs to its writer', async ({ request }) => {
    const { id } = await (await request.post('/api/campaign-drafts')).json();
    await refused(await player.get(`/api/campaign-drafts/${id}`), 403, /belongs to someone else/);
    await refused(await player.post(`/api/campaign-drafts/${id}/save`), 403, /belongs to someone else/);
    expect((await request.get(`/api/campaign-drafts/${id}`)).status()).toBe(200);
  });
});
