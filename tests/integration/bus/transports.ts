import net from 'node:net';
import { expect } from 'vitest';
import { AgentBus, MemoryBroker, MemoryTransport, type DeadLetter, type MessageRecorder } from '@/lib/bus';
import { AmqpTransport } from '@/lib/bus/transports/amqp';
import { RedisTransport } from '@/lib/bus/transports/redis';
import type { Transport } from '@/lib/bus/transports/transport';
import { dropNamespace } from '@/scripts/bench/drop-namespace';
import { inventory, rabbitNames, remove } from './broker-inventory';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const AMQP_URL = process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export type TransportKind = 'memory' | 'redis' | 'amqp';

/** Every namespace this test file made, so that it can check none of them is left on the brokers. */
const made: string[] = [];

/** A namespace of broker names per test, so tests never see each other's messages. */
export function newNamespace(): string {
  const namespace = `test-${crypto.randomUUID().slice(0, 8)}.`;
  made.push(namespace);
  return namespace;
}

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * Which transports to test. A server that is down is skipped loudly on a
 * developer's machine, and is a failure under CI=true.
 */
export async function transportsUnderTest(): Promise<Array<{ kind: TransportKind; available: boolean }>> {
  const redis = await reachable(REDIS_URL);
  const amqp = await reachable(AMQP_URL);
  for (const [name, up, url] of [['Redis', redis, REDIS_URL], ['RabbitMQ', amqp, AMQP_URL]] as const) {
    if (!up) {
      const message = `${name} is not reachable at ${url}`;
      if (process.env.CI === 'true') throw new Error(`${message}: the broker tests need it under CI`);
      console.warn(`\n*** SKIPPING ${name} bus tests: ${message} ***\n`);
    }
  }
  return [
    { kind: 'memory', available: true },
    { kind: 'redis', available: redis },
    { kind: 'amqp', available: amqp },
  ];
}

export type TestTransportOptions = { namespace: string; broker?: MemoryBroker; reclaimIdleMs?: number };

export function makeTransport(kind: TransportKind, options: TestTransportOptions): Transport {
  switch (kind) {
    case 'memory':
      return new MemoryTransport(options.broker);
    case 'redis':
      return new RedisTransport({ url: REDIS_URL, namespace: options.namespace, reclaimIdleMs: options.reclaimIdleMs ?? 500, blockMs: 200 });
    case 'amqp':
      return new AmqpTransport({ url: AMQP_URL, namespace: options.namespace });
  }
}

export function makeBus(
  transport: Transport,
  options: { deadLetters?: DeadLetter[]; recorder?: MessageRecorder; maxRetries?: number } = {},
): AgentBus {
  const letters = options.deadLetters ?? [];
  return new AgentBus({
    transport,
    deadLetters: { add: async (letter) => void letters.push(letter) },
    recorder: options.recorder,
    retry: { maxRetries: options.maxRetries ?? 2, baseDelayMs: 20, maxDelayMs: 100 },
  });
}

/** Removes what a test left on the brokers, reply queues of processes it killed included. */
export async function cleanUp(kind: TransportKind, namespace: string): Promise<void> {
  if (kind === 'memory') return;
  if (kind === 'redis') return dropNamespace(REDIS_URL, namespace);
  const replyQueues = ((await rabbitNames('queues')) ?? []).filter((name) => name.startsWith(`${namespace}reply.`));
  await dropNamespace(AMQP_URL, namespace, replyQueues);
}

/**
 * Fails when anything this file declared on a broker is still there; for a
 * file's afterAll, after its own clean-up. What it finds it removes, so that
 * even a failing run leaves nothing behind.
 */
export async function expectNoLeftovers(): Promise<void> {
  const [redis, amqp] = await Promise.all([reachable(REDIS_URL), reachable(AMQP_URL)]);
  const found = await inventory(made, { redisUrl: redis ? REDIS_URL : undefined, amqp });
  await remove(found, { redis: REDIS_URL, amqp: AMQP_URL });
  expect(found, 'queues, exchanges or streams this test file left on the brokers').toEqual({ queues: [], exchanges: [], keys: [] });
}
