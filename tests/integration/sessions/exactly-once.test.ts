import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '@/lib/runtime/runtime';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import type { LiveEvent } from '@/lib/realtime/live-events';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

let runtime: Runtime;

beforeAll(async () => {
  runtime = await memoryRuntime();
});

afterAll(() => closeRuntime(runtime));

async function personTurns(sessionId: string) {
  const events = await listSessionEvents(runtime.db, { sessionId });
  return events.flatMap((e) => (e.type === 'player.acted' && e.data.controller === 'human' ? [{ seq: e.seq, turnId: e.data.turnId, text: e.data.text }] : []));
}

describe('actions on one session', () => {
  it('100 concurrent actions with distinct keys are each applied exactly once, in one order every client sees', async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 5 });
    const seenByClient: number[] = [];
    const stop = runtime.hub.subscribe(sessionId, (event: LiveEvent) => {
      if (event.kind === 'log') seenByClient.push(event.event.seq);
    });
    const texts = Array.from({ length: 100 }, (_, i) => `I look around, take ${i}`);
    const submitted = await Promise.all(
      texts.map((text, i) => runtime.sessions.submit(sessionId, { characterId: 'mira', text, idempotencyKey: `distinct-${i}` })),
    );
    await runtime.sessions.settled(sessionId);
    stop();

    const turns = await personTurns(sessionId);
    expect(turns).toHaveLength(100);
    expect(new Set(turns.map((t) => t.text))).toEqual(new Set(texts));
    expect(new Set(turns.map((t) => t.turnId))).toEqual(new Set(submitted.map((s) => s.turnId)));
    // One order: the order the actions were queued in, which is also the order of the log every client received.
    const { rows } = await runtime.db.query<{ id: string }>(`select id from session_actions where session_id = $1 order by position`, [sessionId]);
    expect(turns.map((t) => t.turnId)).toEqual(rows.map((r) => r.id));
    expect(seenByClient).toEqual(Array.from({ length: seenByClient.length }, (_, i) => seenByClient[0]! + i));
    const all = await listSessionEvents(runtime.db, { sessionId });
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
  }, 120_000);

  it('100 repeats of one key apply it once and always answer with the same turn', async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 6 });
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I knock once', idempotencyKey: 'same-key-1' })),
    );
    await runtime.sessions.settled(sessionId);
    expect(new Set(answers.map((a) => a.turnId)).size).toBe(1);
    expect(answers.filter((a) => !a.duplicate)).toHaveLength(1);
    const turns = await personTurns(sessionId);
    expect(turns).toEqual([expect.objectContaining({ text: 'I knock once', turnId: answers[0]!.turnId })]);
  }, 60_000);
});
