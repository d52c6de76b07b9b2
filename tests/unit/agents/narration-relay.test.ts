import { afterEach, describe, expect, it } from 'vitest';
import { liveTableReducer, type LiveTable } from '@/app/(table)/sessions/[id]/_components/live-table-reducer';
import type { NarrationDelta } from '@/lib/agents/dm-agent';
import { narrationRelay } from '@/lib/table/narration-relay';
import { AgentBus, MemoryTransport } from '@/lib/bus';
import { createRequest } from '@/lib/messages';
import { tableState } from '../play-screen/fixtures';

const buses: AgentBus[] = [];
afterEach(async () => {
  for (const bus of buses.splice(0)) await bus.close();
});

function table(): LiveTable {
  const status = { phase: 'resolving', turnId: 't1', characterId: 'mira', action: null, error: null, paused: false } as const;
  return { events: [], state: tableState(), version: 1, status, people: [], drafts: {}, connected: true, gap: false, removed: [] };
}

/** The narration draft a browser shows while the DM answers, when the bus has to handle the request twice. */
async function draftWhenRetried(narrate: (retryCount: number, say: (attempt: number, delta: string) => Promise<void>) => Promise<unknown>) {
  const bus = new AgentBus({ transport: new MemoryTransport(), deadLetters: { add: async () => {} }, retry: { maxRetries: 2, baseDelayMs: 5, maxDelayMs: 5 } });
  buses.push(bus);
  await bus.subscribe('dm', (message, context) =>
    narrate(message.metadata.retryCount, (attempt, delta) => {
      const update: NarrationDelta = { turnId: 't1', characterId: 'mira', attempt, delta };
      return context.update('narration.delta', update);
    }),
  );
  let browser = table();
  const relay = narrationRelay((event) => (browser = liveTableReducer(browser, { type: 'live', event })));
  await bus.request(createRequest({ fromAgent: 'system', toAgent: 'dm', sessionId: 's', action: 'resolve_action', timeout: 5_000 }), { onUpdate: relay });
  return browser.drafts.t1?.text;
}

describe('the narration relay to the live feed', () => {
  it('starts the draft over when the bus hands the request to the DM again, whose own attempts count from 1 anew', async () => {
    const text = await draftWhenRetried(async (retryCount, say) => {
      if (retryCount === 0) {
        for (const word of ['The ', 'door ']) await say(1, word);
        throw new Error('the worker lost its broker');
      }
      for (const word of ['A ', 'gate ', 'opens.']) await say(1, word);
      return 'done';
    });
    expect(text).toBe('A gate opens.');
  });

  it("starts it over when the DM itself tries again, and never takes up an older handling's words again", async () => {
    const text = await draftWhenRetried(async (retryCount, say) => {
      if (retryCount === 0) {
        // This handling goes on talking after the bus gave up on it, as a cut-off worker would.
        void (async () => {
          for (const word of ['one ', 'two ', 'three ', 'four ']) {
            await say(2, word);
            await new Promise((resolve) => setTimeout(resolve, 6));
          }
        })();
        await new Promise((resolve) => setTimeout(resolve, 8));
        throw new Error('cut off');
      }
      await say(1, 'Half a sentence');
      for (const word of ['Mira ', 'finds ', 'a ', 'trap.']) {
        await say(2, word);
        await new Promise((resolve) => setTimeout(resolve, 6));
      }
      return 'done';
    });
    expect(text).toBe('Mira finds a trap.');
  });
});
