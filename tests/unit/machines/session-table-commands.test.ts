import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { sessionMachine } from '@/machines/session.machine';
import type { CommitTurnInput } from '@/machines/session/types';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';

function harness() {
  const commits: CommitTurnInput[] = [];
  const resolved: string[] = [];
  const machine = sessionMachine.provide({
    actors: {
      resolveAction: fromPromise(async ({ input }) => {
        resolved.push(input.characterId);
        return { text: 'ok', checks: [], rolls: [], patches: [], toolCalls: [], rules: [], usage: null };
      }),
      decideActions: fromPromise(async ({ input }) => input.characterIds.map((characterId) => ({ characterId, text: 'waits', usage: null }))),
      commitTurn: fromPromise(async ({ input }) => {
        commits.push(input);
        return { version: input.expectedVersion + 1 };
      }),
    },
  });
  const actor = createActor(machine, { input: { sessionId: 's', state: openingState(sampleCampaign, 2), version: 0 } }).start();
  const idle = (version: number) => waitFor(actor, (s) => s.matches('awaitingAction') && s.context.version >= version);
  return { actor, commits, resolved, idle };
}

describe("the session machine takes the table's own commands", () => {
  it('hands a seat to a person and back to an AI player, each change committed with its reason', async () => {
    const { actor, commits, idle } = harness();
    actor.send({ type: 'seat.change', characterId: 'kestrel', controller: 'human', reason: 'Sam joins and plays Kestrel' });
    let done = await idle(1);
    expect(done.context.state.party.find((c) => c.id === 'kestrel')?.controller).toBe('human');
    expect(commits[0]!.events).toEqual([expect.objectContaining({ type: 'seat.changed', data: expect.objectContaining({ reason: 'Sam joins and plays Kestrel' }) })]);
    // A person now plays Kestrel: the AI players after Mira's action are Aldric alone.
    actor.send({ type: 'seat.change', characterId: 'kestrel', controller: 'human', reason: 'again' });
    expect(actor.getSnapshot().matches('awaitingAction')).toBe(true);
    expect(commits).toHaveLength(1);
    actor.send({ type: 'seat.change', characterId: 'kestrel', controller: 'ai', reason: 'Sam left' });
    done = await idle(2);
    expect(done.context.state.party.find((c) => c.id === 'kestrel')?.controller).toBe('ai');
  });

  it('while paused nobody acts and no AI player moves; resuming lets play go on', async () => {
    const { actor, commits, resolved, idle } = harness();
    actor.send({ type: 'table.pause', reason: 'snacks' });
    await idle(1);
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I search' });
    expect(actor.getSnapshot().matches('awaitingAction')).toBe(true);
    expect(resolved).toEqual([]);
    actor.send({ type: 'table.resume', reason: '' });
    await idle(2);
    actor.send({ type: 'player.action', turnId: 't2', characterId: 'mira', text: 'I search' });
    await idle(5);
    expect(resolved).toEqual(['mira', 'aldric', 'kestrel']);
    expect(commits.slice(0, 2).map((c) => c.events[0]!.type)).toEqual(['table.paused', 'table.resumed']);
  });

  it('applies an edit the rules accept and ignores one they refuse', async () => {
    const { actor, commits, idle } = harness();
    actor.send({ type: 'gm.edit', reason: 'a trap was missed', by: 'Robin', patches: [{ op: 'character.hp', characterId: 'mira', hp: 3 }] });
    const done = await idle(1);
    expect(done.context.state.party.find((c) => c.id === 'mira')?.hp).toBe(3);
    expect(commits[0]!.events[0]).toMatchObject({ type: 'gm.edited', data: { reason: 'a trap was missed', by: 'Robin' } });
    actor.send({ type: 'gm.edit', reason: 'bad', by: 'Robin', patches: [{ op: 'character.hp', characterId: 'nobody', hp: 3 }] });
    expect(actor.getSnapshot().matches('awaitingAction')).toBe(true);
    expect(commits).toHaveLength(1);
  });
});
