import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '@/lib/runtime/runtime';
import { listSessionEvents } from '@/lib/db/queries/sessions';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

let runtime: Runtime;

beforeAll(async () => {
  // The narrator takes its time, so commands arrive while a turn is under way.
  runtime = await memoryRuntime({ OFFLINE_TOKEN_DELAY_MS: '5' });
});
afterAll(() => closeRuntime(runtime));

describe('commands that arrive while the table is busy', () => {
  it('are all taken, in order, once the turn under way is committed', async () => {
    const { sessionId } = await runtime.sessions.create('sunken-shrine', { seed: 3 });
    const resolving = new Promise<void>((resolve) => {
      const stop = runtime.hub.subscribe(sessionId, (event) => event.kind === 'status' && event.phase === 'resolving' && (stop(), resolve()));
    });
    await runtime.sessions.submit(sessionId, { characterId: 'mira', text: 'I light a torch', idempotencyKey: 'busy-1' });
    await resolving;
    await runtime.sessions.command(sessionId, { type: 'seat.change', characterId: 'kestrel', controller: 'human', reason: 'Sam plays Kestrel' });
    await runtime.sessions.command(sessionId, { type: 'seat.change', characterId: 'aldric', controller: 'human', reason: 'Ada plays Aldric' });
    await runtime.sessions.command(sessionId, { type: 'table.pause', reason: 'a break' });

    const taken = async () => (await listSessionEvents(runtime.db, { sessionId })).flatMap((e) => (e.type === 'seat.changed' || e.type === 'table.paused' ? [e.data.reason] : []));
    await expect.poll(taken, { timeout: 20_000 }).toEqual(['Sam plays Kestrel', 'Ada plays Aldric', 'a break']);
  });
});
