import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from '../fixtures/sign-in';

const root = path.resolve(import.meta.dirname, '../..');
const port = 3107;
const base = `http://localhost:${port}`;

async function startServer(dataDir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, OFFLINE_TOKEN_DELAY_MS: '0' },
    stdio: 'ignore',
  });
  for (let i = 0; i < 600; i++) {
    const up = await fetch(base).then((r) => r.ok, () => false);
    if (up) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill('SIGKILL');
  throw new Error('the server did not come up');
}

async function stopServer(server: ChildProcess) {
  const exited = new Promise((r) => server.once('exit', r));
  server.kill('SIGTERM');
  await exited;
}

test('npm start on a second run reuses the data folder: sessions and sign-ins survive a restart', async () => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'roundtable-restart-'));
  let server = await startServer(dataDir);
  const cookie = await signIn(base, 'Robin');
  const created = await fetch(`${base}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ campaignId: 'sunken-shrine' }),
  });
  const { sessionId } = await created.json();
  const before = await (await fetch(`${base}/api/sessions/${sessionId}`, { headers: { cookie } })).json();
  await stopServer(server);

  server = await startServer(dataDir);
  try {
    // The same cookie still works: the secret that seals it is kept in the data folder.
    const after = await fetch(`${base}/api/sessions/${sessionId}`, { headers: { cookie } });
    expect(after.status).toBe(200);
    expect((await after.json()).events).toEqual(before.events);
  } finally {
    await stopServer(server);
  }
});
