import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createRequest, type Envelope } from '@/lib/messages';
import { AMQP_URL, cleanUp, expectNoLeftovers, makeBus, makeTransport, newNamespace, REDIS_URL, transportsUnderTest } from './transports';

const brokers = (await transportsUnderTest()).filter((t) => t.kind !== 'memory');
afterAll(expectNoLeftovers);
const root = path.resolve(import.meta.dirname, '../../..');

const work = (i: number, timeout = 30_000) =>
  createRequest({ fromAgent: 'system', toAgent: 'dm', sessionId: 'faults', action: 'work', parameters: { i }, timeout });

/** Starts a worker process and resolves once it has taken a message. */
function startWorker(kind: 'redis' | 'amqp', namespace: string) {
  const url = kind === 'redis' ? REDIS_URL : AMQP_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/fixtures/bus-worker.ts', kind, url, namespace], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const waitFor = (pattern: RegExp) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const check = () => {
        const match = output.match(pattern);
        if (match) resolve(match);
      };
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        check();
      });
      child.once('exit', (code) => reject(new Error(`worker exited (${code}) before ${pattern}`)));
      check();
    });
  return { child, waitFor };
}

describe.each(brokers)('faults on $kind', ({ kind, available }) => {
  const broker = kind as 'redis' | 'amqp';
  let namespace = newNamespace();
  const closers: Array<() => Promise<void>> = [];

  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await cleanUp(broker, namespace);
    namespace = newNamespace();
  });

  it.skipIf(!available)('a consumer killed mid-handling has its message redelivered to another', async () => {
    const worker = startWorker(broker, namespace);
    await worker.waitFor(/ready/);
    const caller = makeBus(makeTransport(broker, { namespace }));
    closers.push(() => caller.close());
    const request = work(1);
    const answered = caller.request(request);
    const [, takenId] = await worker.waitFor(/handling (\S+)/);
    expect(takenId).toBe(request.messageId);
    worker.child.kill('SIGKILL');

    const survivor = makeBus(makeTransport(broker, { namespace, reclaimIdleMs: 500 }));
    closers.push(() => survivor.close());
    const handledBy: string[] = [];
    await survivor.subscribe('dm', (message) => {
      handledBy.push(message.messageId);
      return 'survived';
    });
    expect((await answered).payload).toEqual({ success: true, data: 'survived' });
    expect(handledBy).toEqual([request.messageId]);
  }, 30_000);

  it.skipIf(!available)('a dropped broker connection loses no message the broker accepted', async () => {
    const consumer = makeBus(makeTransport(broker, { namespace }));
    const producer = makeBus(makeTransport(broker, { namespace }));
    closers.push(() => consumer.close(), () => producer.close());
    const handled = new Map<number, number>();
    await consumer.subscribe('dm', (message) => {
      const i = Number((message as Extract<Envelope, { messageType: 'request' }>).payload.parameters.i);
      handled.set(i, (handled.get(i) ?? 0) + 1);
    });

    const accepted: number[] = [];
    for (let i = 0; i < 300; i++) {
      if (i === 100) dropConnections(broker);
      await producer.publish(work(i));
      accepted.push(i);
    }
    await expect.poll(() => handled.size, { timeout: 20_000, interval: 100 }).toBe(accepted.length);
    expect([...handled.values()].every((n) => n === 1)).toBe(true);
  }, 60_000);

  it.skipIf(!available)('a connection dropped while a reply streams: the handling goes on once, and the stream reads as one attempt', async () => {
    const caller = makeBus(makeTransport(broker, { namespace }));
    const agent = makeBus(makeTransport(broker, { namespace, reclaimIdleMs: 500 }));
    closers.push(() => caller.close(), () => agent.close());
    const words = Array.from({ length: 12 }, (_, i) => `word${i} `);
    let handlings = 0;
    await agent.subscribe('dm', async (_message, context) => {
      handlings += 1;
      for (const [i, word] of words.entries()) {
        if (i === 4 && handlings === 1) dropConnections(broker);
        await context.update('narration.delta', word);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      return 'told';
    });
    // What a listener shows: a newer attempt's first words start the text over.
    let attempt = -1;
    let text = '';
    const response = await caller.request(work(1, 20_000), {
      onUpdate: (update) => {
        if (update.metadata.retryCount !== attempt) [attempt, text] = [update.metadata.retryCount, ''];
        text += update.payload.data as string;
      },
    });
    expect(response.payload).toEqual({ success: true, data: 'told' });
    expect(text).toBe(words.join(''));
    expect(handlings).toBe(1);
  }, 30_000);
});

/** Cuts every client connection from the server side, as a broker restart or network fault would. */
function dropConnections(broker: 'redis' | 'amqp') {
  if (broker === 'amqp') {
    execFileSync('rabbitmqctl', ['-q', 'close_all_connections', 'fault test: connection dropped']);
    return;
  }
  const admin = new Redis(REDIS_URL);
  void admin.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes').finally(() => admin.disconnect());
}
