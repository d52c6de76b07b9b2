import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { sessionMachine } from '@/machines/session.machine';
import type { CommitTurnInput, ResolveActionInput } from '@/machines/session/types';
import type { TurnOutcome } from '@/lib/rules/session-log';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { pregens } from '@/lib/rules/pregens';
import { storedCharacterSchema } from '@/lib/rules/sheet/stored-character';

const brought = storedCharacterSchema.parse({ ...pregens.find((c) => c.id === 'hesper')!, id: 'hesper-vane' });

function harness() {
  const commits: CommitTurnInput[] = [];
  const machine = sessionMachine.provide({
    actors: {
      resolveAction: fromPromise<TurnOutcome, ResolveActionInput>(async () => ({ text: 'ok', checks: [], rolls: [], patches: [], toolCalls: [], rules: [], usage: null })),
      decideActions: fromPromise(async ({ input }) => input.characterIds.map((characterId) => ({ characterId, text: 'waits', usage: null }))),
      commitTurn: fromPromise(async ({ input }) => {
        commits.push(input);
        return { version: input.expectedVersion + 1 };
      }),
    },
  });
  const actor = createActor(machine, { input: { sessionId: 's', state: openingState(sampleCampaign, 2), version: 0 } }).start();
  return { actor, commits, idle: (version: number) => waitFor(actor, (s) => s.matches('awaitingAction') && s.context.version >= version) };
}

describe('a person brings a character to the table', () => {
  it('joins the party played by them, on a square of the map, with its seat and log event in one commit', async () => {
    const { actor, commits, idle } = harness();
    actor.send({ type: 'party.join', character: brought, holder: 'user-1', reason: 'Sam brings Hesper Vane' });
    const done = await idle(1);
    const joined = done.context.state.party.find((c) => c.id === 'hesper-vane')!;
    expect(joined).toMatchObject({ controller: 'human', className: 'Cleric' });
    expect(joined.position).not.toBeNull();
    expect(commits[0]).toMatchObject({
      seat: { characterId: 'hesper-vane', userId: 'user-1' },
      events: [{ type: 'party.joined', data: { characterId: 'hesper-vane', characterName: 'Hesper Vane', reason: 'Sam brings Hesper Vane' } }],
    });
  });

  it('ignores a character the party cannot take: the same id again', async () => {
    const { actor, commits, idle } = harness();
    actor.send({ type: 'party.join', character: brought, holder: 'user-1', reason: 'first' });
    await idle(1);
    actor.send({ type: 'party.join', character: brought, holder: 'user-2', reason: 'again' });
    expect(actor.getSnapshot().matches('awaitingAction')).toBe(true);
    expect(commits).toHaveLength(1);
  });
});
