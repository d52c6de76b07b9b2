import { openPglite } from '@/lib/db/pglite';
import { createRuntime } from '@/lib/runtime/runtime';
import { readConfig } from '@/lib/config';
import { ImmediateModel } from './bench/immediate-model';
const config = readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' });
const db = await openPglite('memory://');
const runtime = await createRuntime(config, db, { dm: new ImmediateModel('x'), player: new ImmediateModel('y') });
const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 1 });
await runtime.close();
const { rows } = await db.query<{ state: Record<string, unknown> }>('select state from sessions where id = $1', [sessionId]);
const state = rows[0]!.state;
await db.query('create table t1 (id int primary key, v int, state json)');
await db.query('create table t2 (id int primary key, v int, state json)');
await db.query('alter table t2 alter column state set storage external');
await db.query('create table t3 (id int primary key, v int, state text)');
await db.query('create table t4 (id int primary key, v int, state json) with (toast_tuple_target = 8160)');
await db.query('alter table t4 alter column state set storage main');
try { await db.query('create table t5 (id int primary key, v int, state json compression lz4)'); console.log('lz4 ok'); } catch (e) { console.log('no lz4', String(e)); await db.query('create table t5 (id int primary key, v int, state json)'); }
await db.query("insert into t4 values (1, 0, '{}')"); await db.query("insert into t5 values (1, 0, '{}')");
await db.query("insert into t1 values (1, 0, '{}'), (2,0,'{}')"); await db.query("insert into t2 values (1, 0, '{}')"); await db.query("insert into t3 values (1, 0, '{}')");
const small = { ...state, party: [] };
async function time(label: string, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 50; i++) await fn(i);
  const t = performance.now();
  for (let i = 0; i < 500; i++) await fn(i);
  console.log(label, ((performance.now() - t) / 500).toFixed(3), 'ms');
}
for (let r = 0; r < 2; r++) {
  await time('select 1', () => db.query('select 1'));
  await time('update json 17KB', (i) => db.query('update t1 set state = $2, v = v + 1 where id = $1', [1, { ...state, rollCount: i }]));
  await time('update json external', (i) => db.query('update t2 set state = $2, v = v + 1 where id = $1', [1, { ...state, rollCount: i }]));
  await time('update json main inline', (i) => db.query('update t4 set state = $2, v = v + 1 where id = $1', [1, { ...state, rollCount: i }]));
  await time('update json t5', (i) => db.query('update t5 set state = $2, v = v + 1 where id = $1', [1, { ...state, rollCount: i }]));
  await time('update text 17KB pre-stringified', (i) => db.query('update t3 set state = $2, v = v + 1 where id = $1', [1, JSON.stringify({ ...state, rollCount: i })]));
  await time('update json small', (i) => db.query('update t1 set state = $2, v = v + 1 where id = $1', [1, { ...small, rollCount: i }]));
  await time('update v only', () => db.query('update t1 set v = v + 1 where id = $1', [2]));
  await time('tx(update v + update v)', () => db.transaction(async (tx) => { await tx.query('update t1 set v = v + 1 where id = $1', [2]); await tx.query('update t1 set v = v + 1 where id = $1', [2]); }));
}
await db.close();
