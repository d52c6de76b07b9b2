import net from 'node:net';
import { AgentBus, type Unsubscribe } from '@/lib/bus';
import { createTransport } from '@/lib/bus/transports/create-transport';
import { createRequest } from '@/lib/messages';
import { dropNamespace } from './drop-namespace';
import { runLoad, type LoadResult } from './load';
import { amqpEcho, eventEmitterEcho, redisStreamsEcho, type Echo } from './raw-echo';

export const urls = {
  memory: 'memory://',
  redis: process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379',
  amqp: process.env.BENCH_AMQP_URL ?? 'amqp://guest:guest@127.0.0.1:5672',
} as const;
type Kind = keyof typeof urls;

const totals: Record<Kind, Record<1 | 64, number>> = {
  memory: { 1: 20_000, 64: 300_000 },
  redis: { 1: 3_000, 64: 30_000 },
  amqp: { 1: 3_000, 64: 30_000 },
};

/** Enough warm-up for V8 to finish optimising the hot path, so the run measures the steady state. */
const warmUp = (kind: Kind, concurrency: 1 | 64) => Math.max(2000, Math.floor(totals[kind][concurrency] / 3));

function reachable(url: string): Promise<boolean> {
  if (url.startsWith('memory')) return Promise.resolve(true);
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function benchBus(kind: Kind, namespace: string, concurrency: 1 | 64): Promise<LoadResult> {
  const bus = new AgentBus({
    transport: createTransport({ url: urls[kind], namespace, reclaimIdleMs: 60_000 }),
    deadLetters: { add: async () => {} },
  });
  const stop: Unsubscribe = await bus.subscribe('dm', (m) => (m.messageType === 'request' ? m.payload.parameters.i : null), {
    concurrency: 64,
    prefetch: 256,
  });
  const op = (i: number) =>
    bus.request(createRequest({ fromAgent: 'system', toAgent: 'dm', sessionId: 'bench', action: 'echo', parameters: { i } }));
  try {
    await runLoad({ concurrency, total: warmUp(kind, concurrency), op });
    return await runLoad({ concurrency, total: totals[kind][concurrency], op });
  } finally {
    await stop();
    await bus.close();
  }
}

async function benchRaw(kind: Kind, namespace: string, concurrency: 1 | 64): Promise<LoadResult> {
  const echo: Echo =
    kind === 'memory' ? await eventEmitterEcho() : kind === 'redis' ? await redisStreamsEcho(urls.redis, namespace) : await amqpEcho(urls.amqp, namespace);
  try {
    await runLoad({ concurrency, total: warmUp(kind, concurrency), op: (i) => echo.ping(-i - 1) });
    return await runLoad({ concurrency, total: totals[kind][concurrency], op: (i) => echo.ping(i) });
  } finally {
    await echo.close();
  }
}

type Pair = { bus: LoadResult; raw: LoadResult; ratio: number };

const TARGETS = { memoryRequestsPerSecondAt64: 150_000, memoryP99MsAt64: 2, brokerRatioToRaw: 0.5 };

/** Whether each transport measured in this run met its goal; null for one that was skipped. */
function verdicts(measured: Partial<Record<Kind, Record<string, Pair>>>): Record<Kind, boolean | null> {
  const memory = measured.memory?.concurrency64;
  const broker = (kind: 'redis' | 'amqp') => {
    const pairs = measured[kind];
    return pairs ? Object.values(pairs).every((pair) => pair.ratio >= TARGETS.brokerRatioToRaw) : null;
  };
  return {
    memory: memory
      ? memory.bus.requestsPerSecond >= TARGETS.memoryRequestsPerSecondAt64 && memory.bus.p99Ms <= TARGETS.memoryP99MsAt64
      : null,
    redis: broker('redis'),
    amqp: broker('amqp'),
  };
}

/** The bus against each raw client's own echo, measured side by side in this run. */
export async function busBench() {
  const transports: Record<string, unknown> = {};
  const measured: Partial<Record<Kind, Record<string, Pair>>> = {};
  for (const kind of Object.keys(urls) as Kind[]) {
    if (!(await reachable(urls[kind]))) {
      transports[kind] = { skipped: `not reachable at ${urls[kind]}` };
      continue;
    }
    const byConcurrency: Record<string, Pair> = {};
    for (const concurrency of [1, 64] as const) {
      const namespace = `bench-${crypto.randomUUID().slice(0, 6)}.`;
      let bus: LoadResult;
      let raw: LoadResult;
      try {
        bus = await benchBus(kind, namespace, concurrency);
        raw = await benchRaw(kind, namespace, concurrency);
      } finally {
        if (kind !== 'memory') await dropNamespace(urls[kind], namespace);
      }
      byConcurrency[`concurrency${concurrency}`] = {
        bus,
        raw,
        ratio: Math.round((bus.requestsPerSecond / raw.requestsPerSecond) * 1000) / 1000,
      };
      console.error(`${kind} c=${concurrency}: bus ${bus.requestsPerSecond}/s p99 ${bus.p99Ms} ms, raw ${raw.requestsPerSecond}/s`);
    }
    transports[kind] = byConcurrency;
    measured[kind] = byConcurrency;
  }
  return {
    bench: 'bus',
    anchors: {
      memory: 'EventEmitter ping-pong',
      redis: 'ioredis XADD / XREADGROUP ping-pong',
      amqp: 'amqplib publish (confirmed, persistent) / consume ping-pong',
    },
    targets: TARGETS,
    met: verdicts(measured),
    notes: 'Round trips are request + response through AgentBus with envelope validation on both sides; tracing to Postgres is off.',
    transports,
  };
}
