import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLog } from '@/lib/rules/invariant-log';
import { applyPatches } from '@/lib/rules/patches';
import type { SessionEvent } from '@/lib/rules/session-log';
import { logSteps } from '../../../scripts/eval/log-steps';
import { assertPortFree } from '../../fixtures/processes';
import { signIn } from '../../fixtures/sign-in';

const root = path.resolve(import.meta.dirname, '../../..');
const port = 3117;
const base = `http://localhost:${port}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'roundtable-crash-'));
const ROUNDS = 20;
// Another server on the port would answer for this one, and the test would kill a process that never started.
beforeAll(() => assertPortFree(port));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

let server: ChildProcess | null = null;

async function start(): Promise<void> {
  server = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, OFFLINE_TOKEN_DELAY_MS: '3', ACTIONS_PER_MINUTE: '1000' },
    stdio: 'ignore',
    // Its own process group, so kill -9 takes down the launcher and the server it starts together.
    detached: true,
  });
  for (let i = 0; i < 1800; i++) {
    if (await fetch(base).then((r) => r.ok, () => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not come up');
}

async function crash(): Promise<void> {
  const exited = new Promise((r) => server!.once('exit', r));
  process.kill(-server!.pid!, 'SIGKILL');
  await exited;
  server = null;
}

let cookie = '';

type Table = { events: SessionEvent[]; state: Parameters<typeof applyPatches>[0]; status: { phase: string } };

async function table(sessionId: string): Promise<Table> {
  return (await fetch(`${base}/api/sessions/${sessionId}`, { headers: { cookie } })).json() as Promise<Table>;
}

async function settled(sessionId: string, queued: Set<string>): Promise<Table> {
  for (let i = 0; i < 600; i++) {
    const now = await table(sessionId);
    const applied = new Set(now.events.flatMap((e) => (e.type === 'player.acted' && e.data.controller === 'human' ? [e.data.turnId] : [])));
    if (now.status.phase === 'awaitingAction' && [...queued].every((id) => applied.has(id))) return now;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the table never settled');
}

/** The independent check: a gapless log, every action applied at most once, and a state the log and the rules agree on. */
function check(now: Table) {
  expect(now.events.map((e) => e.seq)).toEqual(now.events.map((_, i) => i + 1));
  const humanTurns = now.events.flatMap((e) => (e.type === 'player.acted' && e.data.controller === 'human' ? [e.data.turnId] : []));
  expect(new Set(humanTurns).size).toBe(humanTurns.length);
  const { initial, steps } = logSteps(now.events);
  expect(checkLog(initial, steps)).toEqual([]);
  expect(steps.reduce((state, patches) => applyPatches(state, patches), applyPatches(initial, []))).toEqual(applyPatches(now.state, []));
}

describe('crashes during turns', () => {
  it(`lose nothing and apply nothing twice over ${ROUNDS} kill -9 restarts`, async () => {
    await start();
    cookie = await signIn(base, 'Robin');
    const created = await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ campaignId: 'sunken-shrine' }),
    });
    const { sessionId } = await created.json();
    const queued = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      for (let k = 0; k < 2; k++) {
        const key = `round-${round}-${k}`;
        const response = await fetch(`${base}/api/sessions/${sessionId}/actions`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ characterId: 'mira', text: `I look around (${key})`, idempotencyKey: key }),
        });
        expect([200, 202]).toContain(response.status);
        queued.add((await response.json()).turnId);
      }
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 400)));
      await crash();
      await start();
      check(await table(sessionId));
    }
    const final = await settled(sessionId, queued);
    check(final);
    const applied = final.events.filter((e) => e.type === 'player.acted' && e.data.controller === 'human');
    expect(applied).toHaveLength(queued.size);
    await crash();
  }, 600_000);
});
