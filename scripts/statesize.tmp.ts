import { createRuntime } from '@/lib/runtime/runtime';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { ImmediateModel } from './bench/immediate-model';
const config = readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' });
const models = { dm: new ImmediateModel('Nothing stirs.'), player: new ImmediateModel('I keep watch.') };
const db = await openPglite('memory://');
const runtime = await createRuntime(config, db, models);
const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 1 });
for (let i = 0; i < 20; i++) { await runtime.sessions.submit(sessionId, { characterId: 'mira', text: `I wait (${i})`, idempotencyKey: `q-${i}` }); await runtime.sessions.settled(sessionId); }
const { rows } = await db.query<{ state: Record<string, unknown>; s: number; snap: number; mem: number }>('select state, pg_column_size(state) s, pg_column_size(snapshot) snap, pg_column_size(memory) mem from sessions where id = $1', [sessionId]);
const st = rows[0]!.state;
console.log('stored', rows[0]!.s, 'snapshot', rows[0]!.snap, 'memory', rows[0]!.mem, 'json', JSON.stringify(st).length);
for (const [k, v] of Object.entries(st).sort((a, b) => JSON.stringify(b[1]).length - JSON.stringify(a[1]).length)) console.log(k, JSON.stringify(v)?.length);
const party = (st.party as Array<Record<string, unknown>>)[0]!;
for (const [k, v] of Object.entries(party).sort((a, b) => JSON.stringify(b[1]).length - JSON.stringify(a[1]).length).slice(0, 12)) console.log('  party0.', k, JSON.stringify(v)?.length);
await runtime.close(); await db.close();
