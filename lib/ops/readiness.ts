import type { Database } from '@/lib/db/types';

const CHECK_TIMEOUT_MS = 3_000;

/** What readiness asks of a started instance. */
type Started = { instanceId: string; db: Database; bus: { connected: boolean } };

export type Check = { ok: boolean; detail: string };

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS / 1000} s`)), CHECK_TIMEOUT_MS).unref()),
  ]);
}

/** Whether this instance can serve tables now: its runtime started (migrations applied), the database answers, the bus is connected. */
export async function readiness(runtime: Promise<Started>): Promise<{ ready: boolean; instance: string | null; checks: Record<string, Check> }> {
  let started: Started;
  try {
    started = await withTimeout(runtime, 'Starting up');
  } catch (error) {
    return { ready: false, instance: null, checks: { startup: { ok: false, detail: (error as Error).message } } };
  }
  const database = await withTimeout(started.db.query('select 1'), 'The database')
    .then((): Check => ({ ok: true, detail: 'answers' }))
    .catch((error: unknown): Check => ({ ok: false, detail: (error as Error).message }));
  const bus: Check = started.bus.connected ? { ok: true, detail: 'connected' } : { ok: false, detail: 'not connected to its broker' };
  return { ready: database.ok && bus.ok, instance: started.instanceId, checks: { startup: { ok: true, detail: 'done' }, database, bus } };
}
