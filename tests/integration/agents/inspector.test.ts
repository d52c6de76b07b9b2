import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '@/lib/runtime/runtime';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';

/** Stands where the Stately inspector's WebSocket would: every inspection event the app sends lands here. */
const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
const received: Array<{ type: string; sessionId?: string; snapshot?: { value?: unknown } }> = [];
server.on('connection', (socket) => socket.on('message', (data) => received.push(JSON.parse(String(data)))));
let runtime: Runtime;

beforeAll(async () => {
  process.env.XSTATE_INSPECT_URL = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  runtime = await createRuntime(readConfig({ OFFLINE_TOKEN_DELAY_MS: '0' }), await openPglite('memory://'));
});

afterAll(async () => {
  await runtime.close();
  await runtime.db.close();
  server.close();
  delete process.env.XSTATE_INSPECT_URL;
});

describe('actors watched live with the Stately inspector', () => {
  it("streams the session actor's and the agents' snapshots to the inspector when XSTATE_INSPECT_URL is set", async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 3 });
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I search the altar', idempotencyKey: 'inspect-0001' });
    await runtime.sessions.settled(sessionId);
    await expect.poll(() => received.filter((e) => e.type === '@xstate.snapshot').length, { timeout: 10_000 }).toBeGreaterThan(5);
    const values = new Set(received.filter((e) => e.type === '@xstate.snapshot').map((e) => JSON.stringify(e.snapshot?.value)));
    expect(values).toContain('"resolving"');
    expect(values).toContain('"awaitingAction"');
  });
});
