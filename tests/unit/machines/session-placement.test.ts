import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { sessionMachine } from '@/machines/session.machine';
import type { CommitTurnInput, DecidedAction } from '@/machines/session/types';
import type { TurnOutcome } from '@/lib/rules/session-log';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';

describe('the session machine places monsters for the game master', () => {
  it('commits a placement the rules accept, logged with who, and ignores one they refuse', async () => {
    const commits: CommitTurnInput[] = [];
    const machine = sessionMachine.provide({
      actors: {
        resolveAction: fromPromise(async (): Promise<TurnOutcome> => ({ text: 'ok', checks: [], rolls: [], patches: [], toolCalls: [], rules: [], usage: null })),
        decideActions: fromPromise(async (): Promise<DecidedAction[]> => []),
        commitTurn: fromPromise(async ({ input }) => {
          commits.push(input);
          return { version: input.expectedVersion + 1 };
        }),
      },
    });
    const actor = createActor(machine, { input: { sessionId: 's', state: openingState(sampleCampaign, 2), version: 0 } }).start();
    actor.send({ type: 'gm.place', monster: 'Ogre', count: 1, hostile: true, by: 'Robin' });
    const done = await waitFor(actor, (s) => s.matches('awaitingAction') && s.context.version >= 1);
    expect(done.context.state.creatures.find((c) => c.id === 'ogre-1')).toMatchObject({ name: 'Ogre', maxHp: 59, hostile: true });
    expect(commits[0]!.events[0]).toMatchObject({ type: 'gm.edited', data: { reason: 'placed 1 × Ogre (SRD 5.1), hostile', by: 'Robin' } });
    actor.send({ type: 'gm.place', monster: 'a beholder', count: 1, hostile: true, by: 'Robin' });
    expect(actor.getSnapshot().matches('awaitingAction')).toBe(true);
    expect(commits).toHaveLength(1);
  });
});
