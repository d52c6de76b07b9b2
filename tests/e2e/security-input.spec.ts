import { expect, test } from '@playwright/test';
import { openTable, person, refused } from './api-steps';

// Regression: a NUL byte gave a 500, and a lone surrogate in a name split a seat from its log event.
test('text with NUL bytes, broken characters or control characters is refused with a 400 naming the field', async ({ request, baseURL }) => {
  const sessionId = await openTable(request);
  const actions = `/api/sessions/${sessionId}/actions`;
  await refused(await request.post(actions, { data: { characterId: 'mira', text: 'I open\u0000 the door', idempotencyKey: 'nul-action-1' } }), 400, /^text holds a control character \(U\+0000\)/);
  await refused(await request.post('/api/sessions', { data: { campaignId: 'sunken-shrine\u0000' } }), 400, /^campaignId holds a control character/);
  await refused(await request.post('/api/auth/session', { data: { name: 'Eve\ud800' } }), 400, /^name holds a broken character/);
  await refused(await request.post(`/api/sessions/${sessionId}/table`, { data: { action: 'pause', reason: 'tea\u001b[31m' } }), 400, /holds a control character \(U\+001B\)/);
  await refused(await request.post('/api/ops/dead-letters/00000000-0000-4000-8000-000000000001/discard', { data: { reason: 'spam\u0000' } }), 400, /^reason holds a control character/);
  await refused(await request.get('/api/ops/traces?session=%00'), 400, /^session holds a control character/);
  await refused(await request.get(`/api/sessions/${sessionId}/creatures?q=gob%00lin`), 400, /^q holds a control character/);
  await refused(await request.get('/api/rulebooks/00000000-0000-4000-8000-000000000001/search?q=grapple%00'), 400, /^q holds a control character/);

  // Someone joining with a broken name is refused before anything is written; their seat stays free.
  const invite = await (await request.post(`/api/sessions/${sessionId}/invites`, { data: {} })).json();
  const eve = await person(baseURL!, 'Eve');
  await refused(await eve.post(`/api/invites/${invite.token}`, { data: { characterId: 'kestrel\ud800' } }), 400, /^characterId holds a broken character/);
  const seats = (await (await request.get(`/api/invites/${invite.token}`)).json()).characters;
  expect(seats.find((c: { characterId: string }) => c.characterId === 'kestrel').heldBy).toBeNull();

  // Bidi overrides are taken out rather than shown.
  const renamed = await (await person(baseURL!, 'Ma\u202elory')).get('/api/auth/session');
  expect((await renamed.json()).identity.name).toBe('Malory');
});

// Regression: ?after=2147483648 gave a 500 (and an empty live stream); an upper-case id started a second copy of the table.
test('log cursors must fit the log, and an id names one table however it is written', async ({ request }) => {
  const sessionId = await openTable(request);
  for (const url of [`/api/sessions/${sessionId}?after=2147483648`, `/api/sessions/${sessionId}/live?after=2147483648`, `/api/sessions/${sessionId}?after=-1`]) {
    await refused(await request.get(url), 400, /must be a log sequence number, a whole number from 0 to 2147483647/);
  }
  await refused(await request.get(`/api/sessions/${sessionId}/live`, { headers: { 'last-event-id': '1e9' } }), 400, /Last-Event-ID/);

  const upper = sessionId.toUpperCase();
  expect((await request.post(`/api/sessions/${upper}/actions`, { data: { characterId: 'mira', text: 'I look around', idempotencyKey: 'upper-case-1' } })).status()).toBe(202);
  await expect.poll(async () => (await (await request.get(`/api/sessions/${sessionId}`)).json()).events.length, { timeout: 30_000 }).toBeGreaterThan(2);
  const { sessions } = await (await request.get('/api/ops/overview')).json();
  expect(sessions.filter((s: { sessionId: string }) => s.sessionId.toLowerCase() === sessionId)).toHaveLength(1);
});

// Regression: a chunked 100 MB sign-in was read whole before its 413.
test('a body is refused as soon as it streams past its limit, declared length or not', async ({ baseURL }) => {
  let sent = 0;
  const chunk = new TextEncoder().encode(`{"name":"${'x'.repeat(64 * 1024)}`);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      sent += chunk.byteLength;
      if (sent > 100 * 1024 * 1024) controller.close();
      else controller.enqueue(chunk);
    },
  });
  const response = await fetch(`${baseURL}/api/auth/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
  expect(response.status).toBe(413);
  expect((await response.json()).error.message).toMatch(/at most 16384 bytes/);
  expect(sent).toBeLessThan(20 * 1024 * 1024);
});

// Regression: a cross-site text/plain POST carrying "application/json" in its charset was accepted.
test('state-changing requests from other sites are refused, content types are parsed, and pages send security headers', async ({ request }) => {
  const sessionId = await openTable(request);
  const actions = `/api/sessions/${sessionId}/actions`;
  const action = JSON.stringify({ characterId: 'mira', text: 'I wave', idempotencyKey: 'cross-site-1' });
  await refused(await request.post(actions, { headers: { 'content-type': 'text/plain; charset=application/json' }, data: Buffer.from(action) }), 415, /JSON/);
  await refused(await request.post(actions, { headers: { origin: 'http://evil.example', 'content-type': 'application/json' }, data: Buffer.from(action) }), 403, /from this site's own pages, not from http:\/\/evil\.example/);
  await refused(await request.post(actions, { headers: { 'sec-fetch-site': 'cross-site', 'content-type': 'application/json' }, data: Buffer.from(action) }), 403, /cross-site page/);
  await refused(await request.delete('/api/auth/session', { headers: { origin: 'null' } }), 403, /not from null/);
  // The page's own requests still go through.
  expect((await request.post(actions, { headers: { 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }, data: Buffer.from(action) })).status()).toBe(202);

  const page = await request.get(`/sessions/${sessionId}`);
  const headers = page.headers();
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
  const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy']!)![1]!;
  expect(await page.text()).toContain(`nonce="${nonce}"`);
  expect((await request.get('/api/health')).headers()['x-content-type-options']).toBe('nosniff');
});
