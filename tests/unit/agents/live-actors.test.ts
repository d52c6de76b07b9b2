import { describe, expect, it } from 'vitest';
import { createActor, createMachine } from 'xstate';
import { liveAgentActors, runTracked } from '@/lib/agents/live-actors';

describe('agents’ actors at work', () => {
  it('lists an actor with its state while it runs, and not after it finishes', async () => {
    const machine = createMachine({ initial: 'thinking', states: { thinking: { on: { done: 'finished' } }, finished: { type: 'final' } } });
    const actor = createActor(machine).start();
    const running = runTracked('dm', 'session-1', actor);
    expect(liveAgentActors()).toEqual([expect.objectContaining({ agent: 'dm', sessionId: 'session-1', state: '"thinking"' })]);
    actor.send({ type: 'done' });
    await running;
    expect(liveAgentActors()).toEqual([]);
  });
});
