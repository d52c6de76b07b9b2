import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgentBus, MemoryTransport } from '@/lib/bus';
import { createBatchedRecorder } from '@/lib/bus/batched-recorder';
import { discardDeadLetter, replayDeadLetter } from '@/lib/ops/dead-letters';
import { openPglite } from '@/lib/db/pglite';
import { getMessageChain, insertBusMessages } from '@/lib/db/queries/bus-messages';
import { deadLetterSink, getDeadLetterById, listDeadLetters } from '@/lib/db/queries/dead-letters';
import type { Database } from '@/lib/db/types';
import { createRequest } from '@/lib/messages';

let db: Database;
let bus: AgentBus;
let recorder: ReturnType<typeof createBatchedRecorder>;
let broken = true;
const handled: unknown[] = [];

beforeAll(async () => {
  db = await openPglite('memory://');
  recorder = createBatchedRecorder((batch) => insertBusMessages(db, batch), { flushMs: 5 });
  bus = new AgentBus({
    transport: new MemoryTransport(),
    deadLetters: deadLetterSink(db),
    recorder,
    retry: { maxRetries: 2, baseDelayMs: 5, maxDelayMs: 20 },
  });
  await bus.subscribe('generator', (message) => {
    if (broken) throw new Error('the generator is out of ink');
    handled.push(message.messageType === 'request' ? message.payload.parameters : null);
    return 'a map';
  });
});

afterAll(async () => {
  await bus.close();
  await recorder.flush();
  await db.close();
});

const mapRequest = () =>
  createRequest({ fromAgent: 'dm', toAgent: 'generator', sessionId: 'dl', action: 'generate_map', parameters: { terrain: 'cave' }, timeout: 5000 });

describe('dead letters in Postgres', () => {
  it('stores a message that failed every retry, with its reason and attempts, and traces the whole conversation', async () => {
    const request = mapRequest();
    const response = await bus.request(request);
    expect(response.payload).toMatchObject({ success: false, error: { code: 'dead_lettered' } });

    const [letter] = await listDeadLetters(db, { agent: 'generator' });
    expect(letter).toMatchObject({ agent: 'generator', reason: 'the generator is out of ink', attempts: 3, messageId: request.messageId, status: 'open' });
    expect(await getDeadLetterById(db, { id: letter!.id })).toEqual(letter);

    await recorder.flush();
    const chain = await getMessageChain(db, { correlationId: request.correlationId });
    expect(chain.map((m) => [m.messageType, m.fromAgent, m.toAgent, m.retryCount])).toEqual([
      ['request', 'dm', 'generator', 0],
      ['request', 'dm', 'generator', 1],
      ['request', 'dm', 'generator', 2],
      // The answer comes from the last attempt, and says so.
      ['response', 'generator', 'dm', 2],
    ]);
    expect(chain.map((m) => m.atMs)).toEqual([...chain.map((m) => m.atMs)].sort((a, b) => a - b));
    expect(chain[0]!.atMs).toBe(0);
  });

  it('replays a dead letter once the fault is cleared, and refuses to replay it twice', async () => {
    const [letter] = await listDeadLetters(db, { agent: 'generator' });
    broken = false;
    await replayDeadLetter({ db, bus, id: letter!.id });
    await expect.poll(() => handled.length).toBe(1);
    expect(handled[0]).toEqual({ terrain: 'cave' });
    expect((await getDeadLetterById(db, { id: letter!.id }))?.status).toBe('replayed');
    await expect(replayDeadLetter({ db, bus, id: letter!.id })).rejects.toThrow('already replayed');
  });

  it('discards a dead letter only with a reason, and records it', async () => {
    broken = true;
    await bus.request(mapRequest());
    const [letter] = await listDeadLetters(db, { agent: 'generator' });
    await expect(discardDeadLetter({ db, id: letter!.id, reason: '  ' })).rejects.toThrow('Say why');
    await discardDeadLetter({ db, id: letter!.id, reason: 'map no longer needed' });
    expect(await getDeadLetterById(db, { id: letter!.id })).toMatchObject({ status: 'discarded', settledNote: 'map no longer needed' });
    await expect(discardDeadLetter({ db, id: crypto.randomUUID(), reason: 'x' })).rejects.toThrow('no dead letter');
  });

  it('keeps unreadable messages as they arrived', async () => {
    await deadLetterSink(db).add({ agent: 'dm', reason: 'Invalid message: not JSON', attempts: 0, messageId: null, body: 'garbage{' });
    const [letter] = await listDeadLetters(db, { agent: 'dm' });
    expect(letter).toMatchObject({ body: 'garbage{', attempts: 0 });
    await expect(replayDeadLetter({ db, bus, id: letter!.id })).rejects.toThrow('not a valid envelope');
  });
});
