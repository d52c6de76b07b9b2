import { fork, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { percentile } from './load';

type Via = 'feed' | 'raw';
type Client = { request: http.ClientRequest; received: Map<string, number> };

const EVENTS = 40;
const GAP_MS = 25;

function ask<T>(child: ChildProcess, message: object, key: string): Promise<T> {
  return new Promise((resolve) => {
    const listener = (reply: Record<string, unknown>) => {
      if (!(key in reply)) return;
      child.off('message', listener);
      resolve(reply[key] as T);
    };
    child.on('message', listener);
    child.send(message);
  });
}

/** An SSE client that notes when each marked event reaches it, on the same monotonic clock as the server. */
function connect(port: number, via: Via, sessionId: string): Promise<Client> {
  return new Promise((resolve, reject) => {
    const received = new Map<string, number>();
    const agent = new http.Agent({ keepAlive: false });
    const request = http.get({ host: '127.0.0.1', port, path: `/${via === 'raw' ? 'raw' : 'feed'}?session=${sessionId}`, agent }, (res) => {
      let buffer = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        const now = process.hrtime.bigint();
        buffer += chunk;
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const match = /"delta":"([^"@]+)@(\d+)"/.exec(buffer.slice(0, end));
          if (match) received.set(match[1]!, Number(now - BigInt(match[2]!)) / 1e6);
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      });
      resolve({ request, received });
    });
    request.on('error', reject);
  });
}

async function scenario(child: ChildProcess, port: number, options: { via: Via; clients: number; sessions: number }) {
  const clients: Client[] = [];
  for (let i = 0; i < options.clients; i++) clients.push(await connect(port, options.via, `s${i % options.sessions}`));
  await new Promise((r) => setTimeout(r, 200));
  for (let e = 0; e < EVENTS; e++) {
    for (let s = 0; s < options.sessions; s++) child.send({ type: 'publish', via: options.via, sessionId: `s${s}`, mark: `e${e}` });
    await new Promise((r) => setTimeout(r, GAP_MS));
  }
  await new Promise((r) => setTimeout(r, 300));
  const latencies = clients.flatMap((c) => [...c.received.values()]).sort((a, b) => a - b);
  const expected = options.clients * EVENTS;
  for (const c of clients) c.request.destroy();
  await new Promise((r) => setTimeout(r, 200));
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return { delivered: latencies.length, expected, p50Ms: round(percentile(latencies, 50)), p99Ms: round(percentile(latencies, 99)) };
}

async function idleMemory(child: ChildProcess, port: number, clients: number) {
  const before = await ask<NodeJS.MemoryUsage>(child, { type: 'memory' }, 'memory');
  const open: Client[] = [];
  for (let i = 0; i < clients; i++) open.push(await connect(port, 'feed', `idle${i % 100}`));
  await new Promise((r) => setTimeout(r, 500));
  const after = await ask<NodeJS.MemoryUsage>(child, { type: 'memory' }, 'memory');
  for (const c of open) c.request.destroy();
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 100) / 100;
  return { clients, rssMbPer1000: mb(((after.rss - before.rss) / clients) * 1000), heapMbPer1000: mb(((after.heapUsed - before.heapUsed) / clients) * 1000) };
}

/**
 * How fast one published event reaches every browser watching a table: real
 * HTTP connections to the live feed's SSE streams, in a server process of its
 * own, beside plain responses written directly as the anchor.
 */
export async function fanoutBench() {
  const child = fork(path.join(import.meta.dirname, 'fanout-server.ts'), [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const { port } = await new Promise<{ port: number }>((resolve) => child.once('message', (m) => resolve(m as { port: number })));
  const result: Record<string, unknown> = {};
  for (const [name, clients, sessions] of [
    ['oneSession100', 100, 1],
    ['oneSession1000', 1000, 1],
    ['spread1000Over100Sessions', 1000, 100],
  ] as const) {
    const feed = await scenario(child, port, { via: 'feed', clients, sessions });
    const raw = await scenario(child, port, { via: 'raw', clients, sessions });
    result[name] = { clients, sessions, feed, anchor: raw };
    console.error(`${name}: feed p50 ${feed.p50Ms} ms p99 ${feed.p99Ms} ms; raw p99 ${raw.p99Ms} ms`);
  }
  const memory = await idleMemory(child, port, 1000);
  child.kill();
  const p99 = (key: string) => (result[key] as { feed: { p99Ms: number } }).feed.p99Ms;
  return {
    bench: 'fanout',
    events: EVENTS,
    anchor: 'the same events written straight to plain HTTP responses in the same server, no hub, no stream',
    goals: { p99MsAt100: 5, p99MsAt1000: 20, idleMbPer1000: 30 },
    met: {
      at100: p99('oneSession100') <= 5,
      at1000: p99('oneSession1000') <= 20 && p99('spread1000Over100Sessions') <= 20,
      // The heap, which idle clients grow; resident memory moves with whatever the collector just returned.
      idle: memory.heapMbPer1000 <= 30,
    },
    scenarios: result,
    idleMemory: memory,
  };
}
