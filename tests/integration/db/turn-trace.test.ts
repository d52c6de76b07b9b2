import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '@/lib/db/pglite';
import { insertBusMessages } from '@/lib/db/queries/bus-messages';
import { turnTrace } from '@/lib/db/queries/turn-trace';
import type { Database } from '@/lib/db/types';
import { createRequest, createResponse, type Envelope } from '@/lib/messages';

const sessionId = 'table-trace';
const at = (ms: number) => new Date(Date.parse('2026-12-01T12:00:00.000Z') + ms).toISOString();
const timed = <M extends Envelope>(m: M, ms: number): M => ({ ...m, timestamp: at(ms) });
const ask = (toAgent: 'dm' | 'chronicler', action: string, parameters: Record<string, unknown>, ms: number) =>
  timed(createRequest({ fromAgent: 'system', toAgent, sessionId, action, parameters }), ms);
const answer = (request: Envelope, ms: number) => timed(createResponse(request as never, { success: true, data: {} }), ms);

/**
 * An in-process table says a lot in one millisecond: the Chronicler's
 * answer about the last commit, the recall for the next turn and its answer
 * can share a timestamp and a batch. The trace keeps the turn's own
 * conversations, in the order they were recorded.
 */
describe('a turn\'s trace', () => {
  let db: Database;
  const lastCommit = ask('chronicler', 'chronicle', { sessionId }, 0);
  const recall = ask('chronicler', 'recall', { turnId: 'turn-2' }, 10);
  const resolve = ask('dm', 'resolve_action', { turnId: 'turn-2', controller: 'human' }, 11);
  const nextTurn = ask('dm', 'resolve_action', { turnId: 'turn-3', controller: 'human' }, 50);

  beforeAll(async () => {
    db = await openPglite('memory://');
    await insertBusMessages(db, [lastCommit]);
    // One batch: the answer about the last commit, the recall and its answer share a millisecond.
    await insertBusMessages(db, [answer(lastCommit, 10), recall, answer(recall, 10), resolve, answer(resolve, 20)]);
    await insertBusMessages(db, [nextTurn, answer(nextTurn, 60)]);
  }, 60_000);
  afterAll(() => db?.close());

  it('opens with its recall, leaves out the answer about the turn before, and stops where the next person\'s turn begins', async () => {
    const links = await turnTrace(db, { sessionId, turnId: 'turn-2' });
    expect(links.map((l) => [l.messageType, l.fromAgent, l.toAgent])).toEqual([
      ['request', 'system', 'chronicler'],
      ['response', 'chronicler', 'system'],
      ['request', 'system', 'dm'],
      ['response', 'dm', 'system'],
    ]);
    expect(links[0]!.correlationId).toBe(recall.correlationId);
    expect(links[2]!.correlationId).toBe(resolve.correlationId);
  });

  it('is empty for a turn nobody asked about', async () => {
    expect(await turnTrace(db, { sessionId, turnId: 'turn-9' })).toEqual([]);
  });
});
