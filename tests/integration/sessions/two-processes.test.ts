import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLog } from '@/lib/rules/invariant-log';
import type { SessionEvent } from '@/lib/rules/session-log';
import { logSteps } from '../../../scripts/eval/log-steps';
import { signIn } from '../../fixtures/sign-in';

const root = path.resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'roundtable-shared-'));
const dbPort = 5497;
const ports = [3121, 3122];
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) if (child.pid) process.kill(-child.pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

function launch(name: string, command: string, args: string[], env: Record<string, string>): ChildProcess {
  // Each process logs to test-results/, where a failure can be read.
  mkdirSync(path.join(root, 'test-results'), { recursive: true });
  const log = openSync(path.join(root, 'test-results', `two-processes-${name}.log`), 'w');
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', log, log], detached: true });
  children.push(child);
  return child;
}

async function until(check: () => Promise<boolean>, what: string, tries = 1800) {
  for (let i = 0; i < tries; i++) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

let cookie = '';
const post = (port: number, url: string, body: unknown) =>
  fetch(`http://localhost:${port}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });

describe('two server processes on one database', () => {
  it('apply every action exactly once, wherever it arrives', async () => {
    // PGlite served over the Postgres wire protocol, shared by both servers.
    launch('database', path.join(root, 'node_modules/.bin/pglite-server'), ['-d', dataDir, '-p', String(dbPort), '-m', '20', '-e', '@electric-sql/pglite-pgvector:vector'], {});
    await until(async () => {
      const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${dbPort}/postgres` });
      await client.connect();
      await client.query('select 1');
      await client.end();
      return true;
    }, 'the shared database');
    const env = {
      DATABASE_URL: `postgres://postgres@127.0.0.1:${dbPort}/postgres`,
      DATABASE_MULTIPLEXED: 'true',
      OFFLINE_TOKEN_DELAY_MS: '0',
      // Both servers must read the same cookies; one person sends all fifty actions.
      SESSION_SECRET: 'two-processes-test-secret-of-enough-length',
      ACTIONS_PER_MINUTE: '1000',
    };
    for (const port of ports) {
      launch(`server-${port}`, process.execPath, ['scripts/start.mjs'], { ...env, PORT: String(port) });
      await until(() => fetch(`http://localhost:${port}/`).then((r) => r.ok), `the server on ${port}`);
    }

    cookie = await signIn(`http://localhost:${ports[0]}`, 'Robin');
    const { sessionId } = await (await post(ports[0]!, '/api/sessions', { campaignId: 'sunken-shrine' })).json();
    const sent = Array.from({ length: 40 }, (_, i) => ({ port: ports[i % 2]!, key: `two-processes-${i}` }));
    // Every action goes to one server, and the first ten go to the other one as well.
    const answers = await Promise.all(
      [...sent, ...sent.slice(0, 10).map((s, i) => ({ ...s, port: ports[(i + 1) % 2]! }))].map(async ({ port, key }) => {
        const response = await post(port, `/api/sessions/${sessionId}/actions`, { characterId: 'mira', text: `I look around (${key})`, idempotencyKey: key });
        expect([200, 202]).toContain(response.status);
        return { key, turnId: (await response.json()).turnId as string };
      }),
    );
    const turnOf = new Map<string, string>();
    for (const { key, turnId } of answers) {
      if (turnOf.has(key)) expect(turnOf.get(key)).toBe(turnId);
      turnOf.set(key, turnId);
    }

    let events: SessionEvent[] = [];
    await until(async () => {
      events = (await (await fetch(`http://localhost:${ports[0]}/api/sessions/${sessionId}`, { headers: { cookie } })).json()).events;
      return events.filter((e) => e.type === 'player.acted' && e.data.controller === 'human').length >= 40;
    }, 'every action to be applied', 3000);

    const applied = events.flatMap((e) => (e.type === 'player.acted' && e.data.controller === 'human' ? [e.data.turnId] : []));
    expect(applied.length).toBe(40);
    expect(new Set(applied)).toEqual(new Set(turnOf.values()));
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    const { initial, steps } = logSteps(events);
    expect(checkLog(initial, steps)).toEqual([]);
  }, 600_000);
});
