import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRuntime, type Runtime } from '@/lib/runtime/runtime';
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
    await runtime.sessions.view(sessionId);
    const seen: LiveEvent[] = [];
    const idle = untilIdle(sessionId, seen);
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I search the altar for traps', idempotencyKey: 'key-0001' });
    await idle;

    const events = await listSessionEvents(runtime.db, { sessionId });
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

describe('the traced conversation', () => {
  it('records the requests, streamed updates and responses of a turn in bus_messages', async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine');
    await runtime.sessions.view(sessionId);
    const idle = untilIdle(sessionId, []);
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I listen at the door', idempotencyKey: 'key-0002' });
    await idle;
    await runtime.sessions.settled(sessionId);
    await runtime.flushTraces();
    const { rows } = await runtime.db.query<{ message_type: string; to_agent: string; n: number }>(
      `select message_type, to_agent, count(*)::int as n from bus_messages where session_id = $1
        group by message_type, to_agent order by message_type, to_agent`,
      [sessionId],
    );
    const byKind = Object.fromEntries(rows.map((r) => [`${r.message_type}->${r.to_agent}`, r.n]));
    expect(byKind['request->dm']).toBe(3);
    expect(byKind['request->player']).toBe(2);
    // The Chronicler recalled for each of the three DM turns and two decisions, and read each of the three commits.
    expect(byKind['request->chronicler']).toBe(8);
    expect(byKind['response->system']).toBe(13);
    expect(byKind['update->system']).toBeGreaterThan(10);
  });
});
