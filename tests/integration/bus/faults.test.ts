import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { createRequest, type Envelope } from '@/lib/messages';
import { AMQP_URL, cleanUp, makeBus, makeTransport, newNamespace, REDIS_URL, transportsUnderTest } from './transports';

const brokers = (await transportsUnderTest()).filter((t) => t.kind !== 'memory');
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
