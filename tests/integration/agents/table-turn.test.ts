import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '@/lib/agents/runtime';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { listSessionEvents, getSessionById } from '@/lib/db/queries/sessions';
import type { LiveEvent } from '@/lib/realtime/live-events';

let runtime: Runtime;

beforeAll(async () => {
  const config = readConfig({ OFFLINE_TOKEN_DELAY_MS: '0', AGENT_TIMEOUT_MS: '5000' });
  runtime = await createRuntime(config, await openPglite('memory://'));
});

afterAll(async () => {
  await runtime.close();
  await runtime.db.close();
});

function untilIdle(sessionId: string, seen: LiveEvent[]): Promise<void> {
  return new Promise((resolve) => {
    const stop = runtime.hub.subscribe(sessionId, (event) => {
      seen.push(event);
      if (event.kind === 'status' && event.phase === 'awaitingAction') {
        stop();
        resolve();
      }
    });
  });
}

describe('a table turn on the embedded runtime', () => {
  it('walks the human action, the DM and both AI companions, then waits again', async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine');
    await runtime.sessions.status(sessionId);
    const seen: LiveEvent[] = [];
    const idle = untilIdle(sessionId, seen);
    await runtime.sessions.act(sessionId, { characterId: 'mira', text: 'I search the altar for traps' });
    await idle;

    const events = await listSessionEvents(runtime.db, { sessionId });
    console.log(JSON.stringify(events.map((e) => [e.seq, e.type, 'text' in e.data ? e.data.text : ''])));
    expect(events.map((e) => e.type)).toEqual([
      'session.started',
      'player.acted', 'dm.narrated',
      'player.acted', 'dm.narrated',
      'player.acted', 'dm.narrated',
    ]);
    expect(seen.filter((e) => e.kind === 'narration').length).toBeGreaterThan(5);
    const record = await getSessionById(runtime.db, { id: sessionId });
    expect(record?.version).toBe(3);
  });
});
