import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPostgres } from '@/lib/db/postgres';
import { checkLog } from '@/lib/rules/invariant-log';
import type { SessionEvent } from '@/lib/rules/session-log';
import { logSteps } from '../../../scripts/eval/log-steps';
import { LiveClient } from '../../fixtures/live-client';
import { assertPortFree, Processes, until } from '../../fixtures/processes';
import { signIn } from '../../fixtures/sign-in';
import { AMQP_URL, cleanUp, expectNoLeftovers, newNamespace, REDIS_URL, transportsUnderTest } from '../bus/transports';

const TURNS = 50;
const brokers = (await transportsUnderTest()).filter((t) => t.kind !== 'memory');
afterAll(expectNoLeftovers);
const ports = { redis: { db: 5495, apps: [3131, 3132] }, amqp: { db: 5496, apps: [3133, 3134] } } as const;

describe.each(brokers)('a cluster on $kind', ({ kind, available }) => {
  const processes = new Processes(`cluster-${kind}`);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'roundtable-cluster-'));
  const namespace = newNamespace();
  const clients: LiveClient[] = [];

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.close()));
    await processes.stopAll();
    rmSync(dataDir, { recursive: true, force: true });
    if (available) await cleanUp(kind as 'redis' | 'amqp', namespace);
  });

  it.skipIf(!available)(
    `2 app instances and 3 workers play ${TURNS} turns while a worker and an instance die: none lost or doubled, every client sees every entry`,
    async () => {
      const { db: dbPort, apps } = ports[kind as 'redis' | 'amqp'];
      for (const port of [dbPort, ...apps]) await assertPortFree(port);
      const databaseUrl = await processes.database(path.join(dataDir, 'db'), dbPort);
      const env = {
        DATABASE_URL: databaseUrl,
        DATABASE_MULTIPLEXED: 'true',
        DATABASE_QUERY_TIMEOUT_MS: '20000',
        DATA_DIR: dataDir,
        BUS_URL: kind === 'redis' ? REDIS_URL : AMQP_URL,
        BUS_NAMESPACE: namespace,
        // A dead worker's messages go to another after 1.5 s; a dead instance's tables after 2 s.
        BUS_RECLAIM_IDLE_MS: '1500',
        SESSION_LEASE_MS: '2000',
        OFFLINE_TOKEN_DELAY_MS: '1',
        SESSION_SECRET: 'cluster-test-secret-shared-by-every-instance',
        ACTIONS_PER_MINUTE: '1000',
      };
      const bases = apps.map((port) => `http://localhost:${port}`);
      const instances = new Map<string, ChildProcess>();
      // The first instance migrates the database before the second starts.
      for (const [i, port] of apps.entries()) {
        const child = processes.launch(`app-${port}`, process.execPath, ['scripts/start.mjs'], { ...env, PORT: String(port), AGENTS_IN_PROCESS: 'none' });
        // The first start may build the app first, and wait for another test's build: up to ten minutes.
        await until(() => fetch(`${bases[i]}/api/ready`).then((r) => r.ok), `the instance on ${port}`, 6000);
        const { instance } = await (await fetch(`${bases[i]}/api/ready`)).json();
        instances.set(instance, child);
      }
      const workers = [0, 1, 2].map((i) => processes.launch(`worker-${i}`, process.execPath, ['--import', 'tsx', 'scripts/worker.ts', 'dm', 'player', 'generator', 'chronicler'], env));
      for (const i of [0, 1, 2]) await until(async () => processes.log(`worker-${i}`).includes('serving dm'), `worker ${i}`);

      const cookie = await signIn(bases[0]!, 'Robin');
      const created = await fetch(`${bases[0]}/api/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ campaignId: 'sunken-shrine', seed: 1 }),
      });
      expect(created.status).toBe(201);
      const { sessionId } = await created.json();
      // Two browsers on each instance.
      clients.push(...[0, 1, 0, 1].map((i) => new LiveClient([bases[i]!, bases[1 - i]!], sessionId, cookie)));

      const alive = new Set(bases);
      // Through the app's own driver: on a multiplexed server every statement needs a transaction of its own,
      // or another client's statements can slip in between its protocol messages.
      const db = await openPostgres(databaseUrl, { multiplexed: true });
      const appliedTurns = async () => {
        const { rows } = await db.query<{ id: string }>(`select id from session_actions where session_id = $1 and status = 'applied'`, [sessionId]);
        return new Set(rows.map((r) => r.id));
      };

      const turnOf = new Map<number, string>();
      for (let n = 0; n < TURNS; n++) {
        // Players act through whichever instance they reach; a dead one sends them to the other.
        const order = n % 2 ? [bases[1]!, bases[0]!] : [bases[0]!, bases[1]!];
        let turnId: string | null = null;
        for (const base of order.filter((b) => alive.has(b))) {
          const response = await fetch(`${base}/api/sessions/${sessionId}/actions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body: JSON.stringify({ characterId: 'mira', text: `I look around (${n})`, idempotencyKey: `cluster-${n}` }),
          }).catch(() => null);
          if (!response) continue;
          expect([200, 202]).toContain(response.status);
          turnId = (await response.json()).turnId;
          break;
        }
        expect(turnId).not.toBeNull();
        turnOf.set(n, turnId!);

        if (n === 12) processes.crash(workers[0]!);
        if (n === 25) {
          // The instance playing the table dies in the middle of a turn.
          const { rows } = await db.query<{ holder: string }>('select holder from session_leases where session_id = $1', [sessionId]);
          const index = [...instances.keys()].indexOf(rows[0]!.holder);
          expect(index).toBeGreaterThanOrEqual(0);
          processes.crash(instances.get(rows[0]!.holder)!);
          alive.delete(bases[index]!);
        }
        await until(async () => (await appliedTurns()).has(turnId!), `turn ${n} to be applied`, 600);
      }

      // Every action applied exactly once, and the table back waiting for the players.
      const survivor = [...alive][0]!;
      let events: SessionEvent[] = [];
      await until(async () => {
        const table = await (await fetch(`${survivor}/api/sessions/${sessionId}`, { headers: { cookie } })).json();
        events = table.events;
        return table.status.phase === 'awaitingAction' && (await appliedTurns()).size === TURNS;
      }, 'the table to settle', 600);
      await db.close();

      const acted = events.flatMap((e) => (e.type === 'player.acted' && e.data.controller === 'human' ? [e.data.turnId] : []));
      expect(acted).toHaveLength(TURNS);
      expect(new Set(acted)).toEqual(new Set(turnOf.values()));
      expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
      const { initial, steps } = logSteps(events);
      expect(checkLog(initial, steps)).toEqual([]);

      // Every browser saw every entry once, in order, whichever instance it was on and however often it moved.
      const all = events.map((e) => e.seq);
      for (const client of clients) await until(async () => client.lastSeq >= all.at(-1)!, 'every client to catch up', 300);
      for (const client of clients) expect(client.seqs).toEqual(all);
      expect(clients.filter((c) => c.reconnects > 0).length).toBeGreaterThanOrEqual(2);
    },
    900_000,
  );
});
