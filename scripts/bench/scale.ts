import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { agentActions } from '@/lib/agents/contracts';
import { AgentBus } from '@/lib/bus';
import { createTransport } from '@/lib/bus/transports/create-transport';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { createRequest, type RequestMessage } from '@/lib/messages';
import { urls } from './bus';
import { dropNamespace } from './drop-namespace';
import { runSteady, type LoadResult } from './load';

const root = path.resolve(import.meta.dirname, '../..');
const WORKER_COUNTS = [1, 2, 4] as const;
/** Each worker's AGENT_CONCURRENCY: small, so that a slow model fills a worker and more workers have work to take. */
const PER_WORKER = 4;
/** Requests kept waiting at all times: enough to fill 4 workers' prefetch (2 × concurrency, at least 16, each). */
const IN_FLIGHT = 64;
const LATENCIES_MS = [0, 200] as const;
const WARM_UP_SECONDS = 2;
const SECONDS = 5;
const REQUEST_TIMEOUT_MS = 30_000;

type Agent = 'dm' | 'generator';
const units: Record<Agent, string> = { dm: 'turns/s', generator: 'maps/s' };

const state = openingState(sampleCampaign, 1);
const requests: Record<Agent, (i: number) => RequestMessage> = {
  // The request the table makes of the DM for one turn, as the session host builds it.
  dm: (i) =>
    createRequest({
      fromAgent: 'system',
      toAgent: 'dm',
      sessionId: 'bench-scale',
      timeout: REQUEST_TIMEOUT_MS,
      action: agentActions.resolveAction,
      parameters: {
        turnId: `turn-${i}`,
        characterId: 'mira',
        controller: 'human',
        action: 'I search the altar for traps',
        state,
        memory: { blocks: [] },
        seed: i,
        locations: sampleCampaign.locations,
        ruleSystemIds: [],
      },
    }),
  // The battle map the session host asks for when the party reaches a place without one.
  generator: (i) =>
    createRequest({
      fromAgent: 'dm',
      toAgent: 'generator',
      sessionId: 'bench-scale',
      timeout: REQUEST_TIMEOUT_MS,
      action: 'generate_map',
      parameters: { kind: 'battle', seed: i, width: 14, height: 10, terrain: state.scene.mapStyle },
    }),
};

/** The workers running now: those of the case being measured, as each case stops its own. */
const children = new Set<ChildProcess>();

/** Signals a worker's whole process group; it may be gone already. */
function signal(child: ChildProcess, name: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, name);
  } catch {}
}

function startWorker(agent: Agent, latencyMs: number, env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/scale-worker.ts', agent, String(latencyMs)], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'inherit'],
    detached: true,
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('a worker was not ready within 60 s')), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (!chunk.toString().includes('ready')) return;
      clearTimeout(timer);
      resolve();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`a worker exited with ${code} before it was ready`));
    });
  });
}

/** Asks every worker to stop, and kills any that has not within 5 s. */
async function stopWorkers(): Promise<void> {
  await Promise.all(
    [...children].map(
      (child) =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => signal(child, 'SIGKILL'), 5_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          signal(child, 'SIGTERM');
        }),
    ),
  );
}

type Row = LoadResult & { speedup: number; ideal?: number; ofIdeal?: number };

/** One agent at one model latency: the same namespace and requester throughout, with workers added 1, then 2, then 4. */
async function scaleOut(url: string, agent: Agent, latencyMs: number): Promise<Record<string, Row>> {
  const namespace = `bench-scale-${crypto.randomUUID().slice(0, 6)}.`;
  const env = { BUS_URL: url, BUS_NAMESPACE: namespace, AGENT_CONCURRENCY: String(PER_WORKER) };
  const bus = new AgentBus({ transport: createTransport({ url, namespace, reclaimIdleMs: 60_000 }), deadLetters: { add: async () => {} } });
  const op = async (i: number) => {
    const response = await bus.request(requests[agent](i));
    if (!response.payload.success) throw new Error(`${agent} failed: ${response.payload.error.message}`);
  };
  const rows: Record<string, Row> = {};
  try {
    for (const workers of WORKER_COUNTS) {
      await Promise.all(Array.from({ length: workers - children.size }, () => startWorker(agent, latencyMs, env)));
      const result = await runSteady({ inFlight: IN_FLIGHT, warmUpSeconds: WARM_UP_SECONDS, seconds: SECONDS, op });
      const oneWorker = rows.workers1?.requestsPerSecond ?? result.requestsPerSecond;
      const speedup = Math.round((result.requestsPerSecond / oneWorker) * 100) / 100;
      const ideal = latencyMs > 0 ? (workers * PER_WORKER * 1000) / latencyMs : undefined;
      rows[`workers${workers}`] = {
        ...result,
        speedup,
        ...(ideal && { ideal, ofIdeal: Math.round((result.requestsPerSecond / ideal) * 100) / 100 }),
      };
      console.error(
        `${agent}, model ${latencyMs} ms, ${workers} worker(s): ${result.requestsPerSecond} ${units[agent]}` +
          `${ideal ? ` (ideal ${ideal})` : ''}, p50 ${Math.round(result.p50Ms)} ms, p99 ${Math.round(result.p99Ms)} ms, speedup ${speedup}`,
      );
    }
  } finally {
    await stopWorkers();
    await bus.close();
    await dropNamespace(url, namespace);
  }
  return rows;
}

/** Throughput of the DM and the generator hosted by 1, 2 and 4 worker processes, with an instant model and a 200 ms one. */
export async function scaleBench(args: string[]) {
  const flag = args.indexOf('--transport');
  const kind = flag >= 0 ? args[flag + 1] : 'redis';
  if (kind !== 'redis' && kind !== 'amqp') throw new Error('--transport must be redis or amqp');
  // However the run ends, no worker outlives it.
  process.once('exit', () => children.forEach((child) => signal(child, 'SIGKILL')));

  const results: Record<string, Record<string, unknown>> = {};
  for (const agent of ['dm', 'generator'] as const) {
    results[agent] = { unit: units[agent] };
    for (const latencyMs of LATENCIES_MS) results[agent][`model${latencyMs}ms`] = await scaleOut(urls[kind], agent, latencyMs);
  }
  return {
    bench: 'scale',
    transport: kind,
    setup: {
      perWorkerConcurrency: PER_WORKER,
      inFlight: IN_FLIGHT,
      warmUpSeconds: WARM_UP_SECONDS,
      seconds: SECONDS,
      cpus: os.availableParallelism(),
    },
    anchors: {
      ideal: `with the ${LATENCIES_MS[1]} ms model: workers × per-worker concurrency / model latency`,
      speedup: 'against 1 worker, measured in the same run',
    },
    notes:
      'Models are stand-ins: the DM one answers with one line and no tool calls, the image model with one pixel, either at once or after the set latency. ' +
      'With the instant model the work is CPU (the agent, the bus, this requester), so it cannot grow past the cores the machine has.',
    ...results,
  };
}
