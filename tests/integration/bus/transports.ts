import net from 'node:net';
import { AgentBus, MemoryBroker, MemoryTransport, type DeadLetter, type MessageRecorder } from '@/lib/bus';
import { AmqpTransport } from '@/lib/bus/transports/amqp';
import { RedisTransport } from '@/lib/bus/transports/redis';
import type { Transport } from '@/lib/bus/transports/transport';
import { dropNamespace } from '@/scripts/bench/drop-namespace';

export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const AMQP_URL = process.env.TEST_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672';

export type TransportKind = 'memory' | 'redis' | 'amqp';

/** A namespace of broker names per test, so tests never see each other's messages. */
export function newNamespace(): string {
  return `test-${crypto.randomUUID().slice(0, 8)}.`;
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

/** Removes what a test left on the brokers. */
export async function cleanUp(kind: TransportKind, namespace: string): Promise<void> {
  if (kind !== 'memory') await dropNamespace(kind === 'redis' ? REDIS_URL : AMQP_URL, namespace);
}
