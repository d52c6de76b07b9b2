import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '@/lib/db/pglite';
import { insertBusMessages } from '@/lib/db/queries/bus-messages';
import { searchTraces, type TraceFilter } from '@/lib/db/queries/trace-search';
import type { Database } from '@/lib/db/types';
import { createEvent, createRequest, createResponse, createUpdate, type AgentName, type Envelope } from '@/lib/messages';

const START = Date.parse('2026-11-20T12:00:00.000Z');
const SESSIONS = ['table-a', 'table-b', 'table-c'];
const PAIRS: [AgentName, AgentName][] = [
  ['dm', 'player'],
  ['dm', 'generator'],
  ['player', 'dm'],
  ['system', 'dm'],
  ['dm', 'assistant'],
];

const at = (ms: number) => new Date(START + ms).toISOString();
const withTime = <M extends Envelope>(m: M, ms: number): M => ({ ...m, timestamp: at(ms) });

/**
 * 120 conversations: requests with streamed updates and a response (every seventh retried once,
 * every eleventh failing), and every fifth an event instead. Two conversations start in each
 * millisecond slot, so the order among equal times rests on the message id. One message the game
 * master sends itself.
 */
function conversations(): Envelope[] {
  const all: Envelope[] = [];
  for (let c = 0; c < 120; c++) {
    const [fromAgent, toAgent] = PAIRS[c % PAIRS.length]!;
    const route = { fromAgent, toAgent, sessionId: SESSIONS[c % SESSIONS.length]! };
    const t = Math.floor(c / 2) * 1000;
    if (c % 5 === 4) {
      all.push(withTime(createEvent({ ...route, eventType: 'dice.rolled', data: { total: c } }), t));
      continue;
    }
    const request = withTime(createRequest({ ...route, action: c % 2 ? 'narrate_turn' : 'generate_map' }), t);
    all.push(request);
    if (c % 7 === 0) all.push({ ...request, metadata: { ...request.metadata, retryCount: 1 } });
    for (let u = 0; u < c % 3; u++) all.push(withTime(createUpdate(request, 'narration.delta', { text: `part ${u}` }), t + 100 * (u + 1)));
    const result =
      c % 11 === 0 ? { success: false as const, error: { code: 'timeout', message: 'no reply' } } : { success: true as const, data: { c } };
    all.push(withTime(createResponse(request, result), t + 500));
  }
  // An agent may address itself; it still appears once under its name.
  all.push(withTime(createEvent({ fromAgent: 'dm', toAgent: 'dm', sessionId: 'table-a', eventType: 'turn.reminder', data: {} }), 30_250));
  return all;
}

const newestFirst = (a: Envelope, b: Envelope) =>
  b.timestamp.localeCompare(a.timestamp) || b.messageId.localeCompare(a.messageId) || b.metadata.retryCount - a.metadata.retryCount;

function matching(all: Envelope[], f: TraceFilter): Envelope[] {
  return all
    .filter(
      (m) =>
        (f.sessionId === undefined || m.sessionId === f.sessionId) &&
        (f.agent === undefined || m.fromAgent === f.agent || m.toAgent === f.agent) &&
        (f.messageType === undefined || m.messageType === f.messageType) &&
        (f.correlationId === undefined || m.correlationId === f.correlationId) &&
        (f.from === undefined || Date.parse(m.timestamp) >= f.from.getTime()) &&
        (f.to === undefined || Date.parse(m.timestamp) < f.to.getTime()),
    )
    .sort(newestFirst);
}

/** The first `limit` matches, and the other retries of the last one. */
function firstPage(matches: Envelope[], limit: number): Envelope[] {
  const last = matches[limit - 1];
  if (!last) return matches;
  let end = limit;
  while (matches[end]?.messageId === last.messageId && matches[end]!.timestamp === last.timestamp) end++;
  return matches.slice(0, end);
}

const keys = (rows: { messageId: string; metadata?: { retryCount: number }; retryCount?: number }[]) =>
  rows.map((r) => `${r.messageId}#${r.retryCount ?? r.metadata!.retryCount}`);

let db: Database;
let all: Envelope[];

beforeAll(async () => {
  db = await openPglite('memory://');
  all = conversations();
  await insertBusMessages(db, all);
});

afterAll(() => db.close());

describe('trace search', () => {
  const someRequest = () => all.find((m) => m.messageType === 'request' && m.metadata.retryCount === 1)!;
  const filters: [string, () => TraceFilter][] = [
    ['nothing', () => ({})],
    ['session', () => ({ sessionId: 'table-b' })],
    ['agent, as sender or receiver', () => ({ agent: 'dm' })],
    ['message type', () => ({ messageType: 'update' })],
    ['correlation id', () => ({ correlationId: someRequest().correlationId })],
    ['time window', () => ({ from: new Date(START + 10_000), to: new Date(START + 20_500) })],
    ['session, agent, type and window together', () => ({ sessionId: 'table-a', agent: 'dm', messageType: 'response', from: new Date(START + 5_000) })],
  ];

  it.each(filters)('by %s returns exactly the matching messages, newest first', async (_, filter) => {
    const matches = matching(all, filter());
    expect(matches.length).toBeGreaterThan(0);
    const rows = await searchTraces(db, { ...filter(), limit: 200 });
    expect(keys(rows)).toEqual(keys(firstPage(matches, 200)));
  });

  it('names the action of a request, the event type of an update and the outcome of a response', async () => {
    const update = all.find((m) => m.messageType === 'update')!;
    const request = all.find((m) => m.messageId === update.correlationId)!;
    const chain = await searchTraces(db, { correlationId: update.correlationId });
    expect(chain.at(-1)).toEqual({
      messageId: request.messageId,
      retryCount: 0,
      correlationId: request.correlationId,
      sessionId: request.sessionId,
      fromAgent: request.fromAgent,
      toAgent: request.toAgent,
      messageType: 'request',
      priority: 'normal',
      sentAt: request.timestamp,
      action: request.messageType === 'request' ? request.payload.action : 'not a request',
      eventType: null,
      success: null,
    });
    expect(chain.find((r) => r.messageType === 'update')).toMatchObject({ action: null, eventType: 'narration.delta', success: null });
    expect(chain[0]).toMatchObject({ messageType: 'response', action: null, eventType: null, success: true });

    const responses = await searchTraces(db, { messageType: 'response', limit: 200 });
    const failed = all.filter((m) => m.messageType === 'response' && !m.payload.success);
    expect(responses.filter((r) => r.success === false).map((r) => r.messageId).sort()).toEqual(failed.map((m) => m.messageId).sort());
  });

  it.each([1, 7, 50])('pages of %i follow on without overlap or gaps, keeping a retried message on one page', async (limit) => {
    for (const filter of [{ sessionId: 'table-a' }, { agent: 'dm' }, {}] satisfies TraceFilter[]) {
      const seen: string[] = [];
      let page = await searchTraces(db, { ...filter, limit });
      while (page.length > 0) {
        seen.push(...keys(page));
        const last = page.at(-1)!;
        expect(page.filter((r) => r.messageId === last.messageId)).toHaveLength(all.filter((m) => m.messageId === last.messageId).length);
        page = await searchTraces(db, { ...filter, limit, before: { sentAt: last.sentAt, messageId: last.messageId } });
      }
      expect(seen).toEqual(keys(matching(all, filter)));
    }
  });

  it('returns 50 by default and clamps the limit to 1..200 instead of failing', async () => {
    expect(all.length).toBeGreaterThan(200);
    const sizes = async (limit?: number) => (await searchTraces(db, { limit })).length;
    const newest = matching(all, {});
    expect(await sizes()).toBe(firstPage(newest, 50).length);
    expect(await sizes(0)).toBe(firstPage(newest, 1).length);
    expect(await sizes(-3)).toBe(firstPage(newest, 1).length);
    expect(await sizes(10_000)).toBe(firstPage(newest, 200).length);
    expect(await sizes(Number.NaN)).toBe(firstPage(newest, 50).length);
    expect(await sizes(2.7)).toBe(firstPage(newest, 2).length);
  });

  it('finds nothing for a correlation id that is not an id, or a session or agent nobody used', async () => {
    expect(await searchTraces(db, { correlationId: "nonsense' or 1=1 --" })).toEqual([]);
    expect(await searchTraces(db, { sessionId: "table-a' or 1=1 --" })).toEqual([]);
    expect(await searchTraces(db, { agent: 'nobody' })).toEqual([]);
  });
});
