import { createRuntime } from '@/lib/runtime/runtime';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import type { Database, Queryable } from '@/lib/db/types';
import { ImmediateModel } from './bench/immediate-model';

const config = readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' });
const models = { dm: new ImmediateModel('Nothing stirs.'), player: new ImmediateModel('I keep watch.') };
const stats = new Map<string, { n: number; ms: number }>();
const lastParams = new Map<string, [string, unknown[] | undefined]>();
let inWindow = false;
function wrap(q: Queryable): Queryable {
  return {
    async query<T>(text: string, params?: unknown[]) {
      const t = performance.now();
      try { return await q.query<T>(text, params); } finally {
        if (inWindow) {
          const key = text.replace(/\s+/g, ' ').slice(0, 90);
          const s = stats.get(key) ?? { n: 0, ms: 0 };
          s.n++; s.ms += performance.now() - t; stats.set(key, s); lastParams.set(key, [text, params]);
        }
      }
    },
  };
}
const raw = await openPglite('memory://');
const db: Database = { ...wrap(raw), transaction: async (work) => { const t = performance.now(); try { return await raw.transaction((tx) => work(wrap(tx))); } finally { if (inWindow) { const s = stats.get('TX total') ?? { n: 0, ms: 0 }; s.n++; s.ms += performance.now() - t; stats.set('TX total', s); } } }, close: () => raw.close() } as Database;
const runtime = await createRuntime(config, db, models);
const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 1 });
const durations: number[] = [];
let started = 0;
let open = false;
const windows: Array<[number, number]> = [];
const us = () => Number(process.hrtime.bigint() / 1000n);
let wStart = 0;
runtime.hub.subscribe(sessionId, (event) => {
  if (event.kind === 'status' && event.phase === 'resolving' && !open) { started = performance.now(); wStart = us(); open = true; inWindow = true; }
  if (event.kind === 'log' && event.event.type === 'dm.narrated' && open) { durations.push(performance.now() - started); windows.push([wStart, us()]); open = false; inWindow = false; }
});
const N = Number(process.env.N ?? 120);
const { Session } = await import('node:inspector/promises');
const session = new Session();
if (process.env.PROF) { session.connect(); await session.post('Profiler.enable'); }
for (let i = 0; i < N; i++) {
  if (i === 20) { stats.clear(); durations.length = 0; if (process.env.PROF) await session.post('Profiler.start'); }
  await runtime.sessions.submit(sessionId, { characterId: 'mira', text: `I wait (${i})`, idempotencyKey: `q-${i}` });
  await runtime.sessions.settled(sessionId);
}
if (process.env.PROF) { const { profile } = await session.post('Profiler.stop'); (await import('node:fs')).writeFileSync('/tmp/window.cpuprofile', JSON.stringify(profile)); (await import('node:fs')).writeFileSync('/tmp/windows.json', JSON.stringify(windows)); }
durations.sort((a, b) => a - b);
const turns = durations.length;
console.log('turns', turns, 'p50', durations[Math.floor(turns / 2)]?.toFixed(2), 'p99', durations[Math.floor(turns * 0.99)]?.toFixed(2), 'mean', (durations.reduce((a, b) => a + b, 0) / turns).toFixed(2));
let total = 0;
for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 40)) { total += s.ms; console.log((s.ms / turns).toFixed(3).padStart(7), (s.n / turns).toFixed(2).padStart(5), k); }
console.log('db per turn', ([...stats.values()].reduce((a, s) => a + s.ms, 0) / turns).toFixed(2));
if (process.env.EXPLAIN) for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms).slice(0, 6)) {
  const [text, params] = lastParams.get(k)!;
  if (!/^\s*(select|with)/i.test(text)) continue;
  const { rows } = await raw.query<{ 'QUERY PLAN': string }>('explain (analyze, buffers off) ' + text, params);
  console.log('\n' + k + '\n' + rows.map((r) => r['QUERY PLAN']).join('\n'));
}
await runtime.close();
await raw.close();
