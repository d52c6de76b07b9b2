import v8 from 'node:v8';
import vm from 'node:vm';
import { createRuntime, type Runtime } from '@/lib/runtime/runtime';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { countSessionEvents } from '@/lib/db/queries/sessions';
import type { Database } from '@/lib/db/types';
import { ImmediateModel } from './immediate-model';
import { percentile } from './load';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const config = readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' });
const models = { dm: new ImmediateModel('Nothing stirs.'), player: new ImmediateModel('I keep watch.') };
const round = (n: number) => Math.round(n * 100) / 100;

/** Time from a turn's resolution starting to its commit reaching the live feed, less the model's own time. */
async function orchestration(runtime: Runtime, sessionId: string, actions: number): Promise<number[]> {
  const started = new Map<string, number>();
  const durations: number[] = [];
  let open: string | null = null;
  const stop = runtime.hub.subscribe(sessionId, (event) => {
    if (event.kind === 'status' && event.phase === 'resolving' && event.turnId && !started.has(event.turnId)) {
      started.set(event.turnId, performance.now());
      open = event.turnId;
    }
    if (event.kind === 'log' && event.event.type === 'dm.narrated' && open) {
      durations.push(performance.now() - started.get(open)! - (event.event.data.usage?.ms ?? 0));
      open = null;
    }
  });
  for (let i = 0; i < actions; i++) {
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: `I wait (${i})`, idempotencyKey: `bench-${sessionId}-${i}` });
    await runtime.sessions.settled(sessionId);
  }
  stop();
  return durations;
}

/** Loads a session into a fresh process-like runtime, from its snapshot or (dropping it first) from its log. */
async function coldLoads(db: Database, sessionId: string, times: number, fromLog = false): Promise<number[]> {
  const loads: number[] = [];
  for (let i = 0; i < times; i++) {
    if (fromLog) await db.query('update sessions set snapshot = null where id = $1', [sessionId]);
    const runtime = await createRuntime(config, db, models);
    const t = performance.now();
    await runtime.sessions.view(sessionId);
    loads.push(performance.now() - t);
    await runtime.close();
  }
  return loads;
}

/** Orchestration per turn, rehydration of a long session, and memory per idle session actor. */
export async function turnBench() {
  const db = await openPglite('memory://');
  const runtime = await createRuntime(config, db, models);
  const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 1 });
  const durations = (await orchestration(runtime, sessionId, 170)).sort((a, b) => a - b);
  const events = await countSessionEvents(db, { sessionId });
  await runtime.close();

  const fromSnapshot = (await coldLoads(db, sessionId, 15)).sort((a, b) => a - b);
  const fromLog = (await coldLoads(db, sessionId, 5, true)).sort((a, b) => a - b);

  const idle = await createRuntime(config, db, models);
  const ids = [];
  for (let i = 0; i < 200; i++) ids.push((await idle.sessions.create('sunken-shrine', { seed: i })).sessionId);
  gc();
  const before = process.memoryUsage().heapUsed;
  for (const id of ids) await idle.sessions.view(id);
  gc();
  const perActor = (process.memoryUsage().heapUsed - before) / ids.length;
  await idle.close();
  await db.close();

  return {
    bench: 'turn',
    model: 'zero-latency (answers at once, no tool calls)',
    orchestrationMs: { turns: durations.length, p50: round(percentile(durations, 50)), p99: round(percentile(durations, 99)) },
    orchestrationP50Ms: round(percentile(durations, 50)),
    orchestrationP99Ms: round(percentile(durations, 99)),
    rehydrationMs: {
      events,
      fromSnapshot: { p50: round(percentile(fromSnapshot, 50)), max: round(fromSnapshot.at(-1)!) },
      fromLog: { p50: round(percentile(fromLog, 50)), max: round(fromLog.at(-1)!) },
    },
    idleActorKiB: round(perActor / 1024),
    goals: { orchestrationP50Ms: 5, orchestrationP99Ms: 20, rehydrationMs: 10, idleActorKiB: 50 },
  };
}
