import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLog } from '@/lib/rules/invariant-log';
import type { SessionEvent } from '@/lib/rules/session-log';
import { logSteps } from '../../../scripts/eval/log-steps';
import { Processes, until } from '../../fixtures/processes';
import { signIn } from '../../fixtures/sign-in';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'roundtable-shared-'));
const dbPort = 5497;
const ports = [3121, 3122];
const processes = new Processes('two-processes');

afterAll(async () => {
  await processes.stopAll();
  rmSync(dataDir, { recursive: true, force: true });
});

let cookie = '';
const post = (port: number, url: string, body: unknown) =>
  fetch(`http://localhost:${port}${url}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });

describe('two server processes on one database', () => {
  it('apply every action exactly once, wherever it arrives', async () => {
    // PGlite served over the Postgres wire protocol, shared by both servers.
    const databaseUrl = await processes.database(dataDir, dbPort);
    const env = {
      DATABASE_URL: databaseUrl,
      DATABASE_MULTIPLEXED: 'true',
      OFFLINE_TOKEN_DELAY_MS: '0',
      // Both servers must read the same cookies; one person sends all fifty actions.
      SESSION_SECRET: 'two-processes-test-secret-of-enough-length',
      ACTIONS_PER_MINUTE: '1000',
    };
    for (const port of ports) {
      processes.launch(`server-${port}`, process.execPath, ['scripts/start.mjs'], { ...env, PORT: String(port) });
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
