import { expect, test, type APIRequestContext } from '@playwright/test';
import { rulebookPdf } from '../../scripts/fixtures/rulebook-pdf';
import { openTable, person, refused } from './api-steps';

/** Plays one turn as the table's game master and returns its turn id, once the DM has answered. */
async function playTurn(gm: APIRequestContext, sessionId: string, key: string): Promise<string> {
  const sent = await gm.post(`/api/sessions/${sessionId}/actions`, { data: { characterId: 'mira', text: 'I listen at the door', idempotencyKey: key } });
  expect(sent.status()).toBe(202);
  const { turnId } = await sent.json();
  await expect
    .poll(async () => {
      const { events } = await (await gm.get(`/api/sessions/${sessionId}`)).json();
      return events.some((e: { type: string; data: { turnId?: string } }) => e.type === 'dm.narrated' && e.data.turnId === turnId);
    }, { timeout: 30_000 })
    .toBe(true);
  return turnId;
}

// Regression: every game master could read every table's traces and replay dead letters.
test('the ops pages are for operators alone; a game master reads only their own turns', async ({ request, baseURL }) => {
  // The first person who signed in on this fresh install (the sign-in setup) operates it.
  const robinsTable = await openTable(request);
  const robinsTurn = await playTurn(request, robinsTable, 'ops-access-robin-1');
  const stranger = await person(baseURL!, 'Mallory');
  const mallorysTable = await openTable(stranger);
  const mallorysTurn = await playTurn(stranger, mallorysTable, 'ops-access-mallory-1');

  const traces = await (await request.get(`/api/ops/traces?session=${robinsTable}`)).json();
  const correlationId = traces.messages[0].correlationId as string;
  for (const url of ['/api/ops/overview', `/api/ops/traces?session=${robinsTable}`, `/api/ops/traces/${correlationId}`, '/api/ops/dead-letters', '/api/ops/metrics', '/api/metrics']) {
    await refused(await stranger.get(url), 403, /for this install's operators\. Your user id is [0-9a-f-]{36}/);
    expect((await request.get(url)).status(), url).toBe(200);
  }
  await refused(await stranger.post('/api/ops/dead-letters/replay', { data: { ids: ['00000000-0000-4000-8000-000000000001'] } }), 403, /operators/);

  // A game master keeps the "Why?" panel's trace of their own table's turns, and only that.
  expect((await stranger.get(`/api/ops/turns/${mallorysTable}/${encodeURIComponent(mallorysTurn)}`)).status()).toBe(200);
  await refused(await stranger.get(`/api/ops/turns/${robinsTable}/${encodeURIComponent(robinsTurn)}`), 403, /not at this table/);
  expect((await request.get(`/api/ops/turns/${mallorysTable}/${encodeURIComponent(mallorysTurn)}`)).status()).toBe(200);

  // Prometheus scrapes with the bearer token; a wrong token is refused, not ignored.
  const scraper = await person(baseURL!, null);
  expect((await scraper.get('/api/metrics', { headers: { authorization: `Bearer ${process.env.E2E_METRICS_TOKEN}` } })).status()).toBe(200);
  await refused(await scraper.get('/api/metrics', { headers: { authorization: 'Bearer not-the-token-at-all' } }), 401, /metrics token/);
  await refused(await scraper.get('/api/metrics'), 401, /Sign in first/);
});

// Regression: any signed-in person could delete another's rule system, or read, choose for and cancel their import.
test('rulebook imports and rule systems belong to whoever imported them', async ({ request, baseURL }) => {
  const importer = await person(baseURL!, 'Imogen');
  const other = await person(baseURL!, 'Pat');
  const started = await importer.post('/api/rulebooks/imports', {
    multipart: { file: { name: 'rules.pdf', mimeType: 'application/pdf', buffer: await rulebookPdf({ outline: true }) } },
  });
  expect(started.status()).toBe(202);
  const { id } = await started.json();
  await expect.poll(async () => (await (await importer.get(`/api/rulebooks/imports/${id}`)).json()).status).toBe('awaitingSelection');

  const imports = `/api/rulebooks/imports/${id}`;
  await refused(await other.get(imports), 403, /started by someone else/);
  await refused(await other.get(`${imports}/structure`), 403, /started by someone else/);
  await refused(await other.get(`${imports}/events`), 403, /started by someone else/);
  await refused(await other.post(`${imports}/selection`, { data: { name: 'Mine now', sectionIds: ['x'] } }), 403, /started by someone else/);
  await refused(await other.delete(imports), 403, /started by someone else/);

  const { sections } = await (await importer.get(`${imports}/structure`)).json();
  expect((await importer.post(`${imports}/selection`, { data: { name: "Imogen's Rules", sectionIds: sections.map((s: { id: string }) => s.id) } })).status()).toBe(202);
  await expect.poll(async () => (await (await importer.get(imports)).json()).status, { timeout: 30_000 }).toBe('done');
  const { ruleSystemId } = await (await importer.get(imports)).json();

  // Anyone signed in may read a rulebook, and so ask it a question; nobody signed out may.
  const search = `/api/rulebooks/${ruleSystemId}/search`;
  const asked = await other.get(`${search}?q=${encodeURIComponent('how does being poisoned work')}`);
  expect(asked.status()).toBe(200);
  expect((await asked.json()).answers[0].text).toContain('A poisoned creature has disadvantage');
  await refused(await (await person(baseURL!, null)).get(`${search}?q=poisoned`), 401, /Sign in first/);
  await refused(await other.get(search), 400, /Ask a question/);
  await refused(await other.get(`${search}?q=${'why '.repeat(80)}`), 400, /under 300 characters/);
  await refused(await other.get('/api/rulebooks/not-an-id/search?q=poisoned'), 404, /no rule system/);

  // A table opened now plays by it: deleting it must say so first.
  const table = await openTable(importer);
  // Looking a rule up at a table is for those at it.
  expect((await importer.get(`/api/sessions/${table}/rulebooks/search?q=poisoned`)).status()).toBe(200);
  await refused(await other.get(`/api/sessions/${table}/rulebooks/search?q=poisoned`), 403, /not at this table/);
  await refused(await other.delete(`/api/rulebooks/${ruleSystemId}`), 403, /Only whoever imported "Imogen's Rules", or an operator/);
  await refused(await importer.delete(`/api/rulebooks/${ruleSystemId}`), 409, new RegExp(`plays? by "Imogen's Rules": .*${table.slice(0, 8)}.*confirm=true`));
  expect((await importer.delete(`/api/rulebooks/${ruleSystemId}?confirm=true`)).status()).toBe(204);
  expect((await request.get(`/api/rulebooks/${ruleSystemId}`)).status()).toBe(404);
  await refused(await other.get(`${search}?q=poisoned`), 404, /no rule system/);
});

// Regression: invites worked without limit and could not be revoked; a removed player rejoined with the same link and kept streaming.
test('invitations can be limited and revoked, and removing a player ends their place at the table', async ({ request, baseURL }) => {
  const sessionId = await openTable(request);
  const invites = `/api/sessions/${sessionId}/invites`;

  const single = await (await request.post(invites, { data: { maxUses: 1 } })).json();
  expect(single.usesLeft).toBe(1);
  const sam = await person(baseURL!, 'Sam');
  expect((await sam.post(`/api/invites/${single.token}`, { data: { characterId: 'kestrel' } })).status()).toBe(200);
  await refused(await (await person(baseURL!, 'Sam2')).post(`/api/invites/${single.token}`, { data: { characterId: null } }), 404, /not valid any more/);
  await refused(await request.post(invites, { data: { maxUses: 0 } }), 400, /maxUses/);

  const open = await (await request.post(invites, { data: {} })).json();
  expect(open.usesLeft).toBeNull();
  expect((await (await request.get(invites)).json()).invites.map((i: { token: string }) => i.token)).toEqual([open.token]);
  await refused(await sam.get(invites), 403, /Only the game master/);
  await refused(await sam.delete(`${invites}/${open.token}`), 403, /Only the game master/);

  // Sam's live feed is open when the game master removes him: it says why, and ends.
  const feed = await fetch(`${baseURL}/api/sessions/${sessionId}/live`, { headers: { cookie: (await sam.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ') } });
  expect(feed.status).toBe(200);
  const reader = feed.body!.getReader();
  const read = (async () => {
    let text = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return text;
      text += new TextDecoder().decode(value);
    }
  })();
  const { userId: samId } = (await (await sam.get('/api/auth/session')).json()).identity;
  expect((await request.delete(`/api/sessions/${sessionId}/members/${samId}`)).status()).toBe(204);
  expect(await read).toContain(`"kind":"removed","userId":"${samId}"`);
  await refused(await sam.get(`/api/sessions/${sessionId}`), 403, /not at this table/);

  // The link he came with, or any made before his removal, no longer seats him; a new one does.
  await refused(await sam.post(`/api/invites/${open.token}`, { data: { characterId: null } }), 403, /removed you from this table/);
  const again = await (await request.post(invites, { data: { maxUses: 1 } })).json();
  expect((await sam.post(`/api/invites/${again.token}`, { data: { characterId: null } })).status()).toBe(200);

  // A revoked link seats nobody.
  expect((await request.delete(`${invites}/${open.token}`)).status()).toBe(204);
  await refused(await (await person(baseURL!, 'Quinn')).post(`/api/invites/${open.token}`, { data: { characterId: null } }), 404, /not valid any more/);
  await refused(await request.delete(`${invites}/${open.token}`), 404, /revoked already/);
});

// Regression: a cookie copied before signing out still signed its owner in.
test('signing out ends the sign-in, even for a copy of its cookie', async ({ baseURL }) => {
  const signIn = await fetch(`${baseURL}/api/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Tess' }) });
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const who = async () => (await (await fetch(`${baseURL}/api/auth/session`, { headers: { cookie } })).json()).identity;
  expect((await who())?.name).toBe('Tess');
  expect((await fetch(`${baseURL}/api/auth/session`, { method: 'DELETE', headers: { cookie } })).status).toBe(204);
  expect(await who()).toBeNull();
  const replayed = await fetch(`${baseURL}/api/sessions`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ campaignId: 'sunken-shrine' }) });
  expect(replayed.status).toBe(401);
});

// Regression: the public state carried the seed and roll count, so the next rolls could be foretold; a GM edit could set the counter.
test("the dice key never reaches a browser, and nobody sets the roll counter", async ({ request, baseURL }) => {
  const sessionId = await openTable(request);
  await playTurn(request, sessionId, 'dice-secret-1');
  const table = await (await request.get(`/api/sessions/${sessionId}`)).json();
  expect(table.state.seed).toBeUndefined();
  const started = table.events.find((e: { type: string }) => e.type === 'session.started');
  expect(started.data.initialState.party.length).toBeGreaterThan(0);
  expect(started.data.initialState.seed).toBeUndefined();
  const cookie = (await request.storageState()).cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const live = await fetch(`${baseURL}/api/sessions/${sessionId}/live`, { headers: { cookie } });
  const reader = live.body!.getReader();
  let text = '';
  while (!text.includes('"kind":"presence"')) text += new TextDecoder().decode((await reader.read()).value);
  await reader.cancel();
  expect(text).toContain('"kind":"state"');
  expect(text).not.toMatch(/"seed":"[0-9a-f]{64}"/);
  await refused(
    await request.post(`/api/sessions/${sessionId}/edits`, { data: { reason: 'reset the dice', patches: [{ op: 'session.rollCount', rollCount: 0 }] } }),
    400,
    /roll counter belongs to the dice/,
  );
});
