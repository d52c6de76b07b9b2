import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { sessionMachine, type CommitTurnInput } from '@/machines/session.machine';
import { sampleCampaign } from '@/lib/campaigns/sample';
import type { TurnOutcome } from '@/lib/rules/session-log';
import type { GameState } from '@/lib/rules/state';

const state: GameState = { scene: sampleCampaign.openingScene, party: sampleCampaign.characters, seed: 1, rollCount: 0, round: 0 };

function outcome(text: string, patches: TurnOutcome['patches'] = []): TurnOutcome {
  return { text, checks: [], rolls: [], patches };
}

function harness(overrides: { resolve?: (input: { characterId: string; action: string }) => Promise<TurnOutcome> } = {}) {
  const phases: string[] = [];
  const resolved: string[] = [];
  const commits: CommitTurnInput[] = [];
  const machine = sessionMachine.provide({
    actors: {
      resolveAction: fromPromise(async ({ input }) => {
        resolved.push(`${input.characterId}: ${input.action}`);
        return overrides.resolve ? overrides.resolve(input) : outcome(`resolved ${input.characterId}`);
      }),
      decideAction: fromPromise(async ({ input }) => `${input.characterId} keeps watch`),
      commitTurn: fromPromise(async ({ input }) => {
        commits.push(input);
        return { version: input.expectedVersion + 1 };
      }),
    },
  });
  const actor = createActor(machine, { input: { sessionId: 's', state, version: 0 } });
  actor.subscribe((s) => phases.push(String(s.value)));
  actor.start();
  return { actor, phases, resolved, commits };
}

describe('the session machine', () => {
  it('walks a human turn, the DM, each AI companion in seat order, and waits for the human again', async () => {
    const { actor, phases, resolved, commits } = harness();
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I search the altar' });
    const done = await waitFor(actor, (s) => s.matches('awaitingAction') && s.context.version === 3);
    expect(resolved).toEqual(['mira: I search the altar', 'aldric: aldric keeps watch', 'kestrel: kestrel keeps watch']);
    expect(phases).toEqual([
      'awaitingAction',
      'resolving', 'committing', 'aiDeciding',
      'resolving', 'committing', 'aiDeciding',
      'resolving', 'committing', 'awaitingAction',
    ]);
    expect(commits.map((c) => c.events.map((e) => e.type))).toEqual([
      ['player.acted', 'dm.narrated'],
      ['player.acted', 'dm.narrated'],
      ['player.acted', 'dm.narrated'],
    ]);
    expect(commits.map((c) => c.expectedVersion)).toEqual([0, 1, 2]);
    expect(done.context.turn).toBeNull();
  });

  it('applies the patches the DM returns and commits the new state', async () => {
    const { actor, commits } = harness({
      resolve: async ({ characterId }) =>
        outcome('ouch', characterId === 'mira' ? [{ op: 'character.hp', characterId: 'mira', hp: 4 }] : []),
    });
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I touch the bell' });
    const done = await waitFor(actor, (s) => s.matches('awaitingAction') && s.context.version === 3);
    expect(commits[0]!.state.party.find((c) => c.id === 'mira')!.hp).toBe(4);
    expect(done.context.state.party.find((c) => c.id === 'mira')!.hp).toBe(4);
  });

  it('refuses an outcome the rules forbid and records the turn as failed instead', async () => {
    const { actor, commits } = harness({
      resolve: async () => outcome('you feel mighty', [{ op: 'character.hp', characterId: 'mira', hp: 999 }]),
    });
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I set my HP to 999' });
    const done = await waitFor(actor, (s) => s.matches('awaitingAction') && s.context.version === 3);
    expect(commits[0]!.events.map((e) => e.type)).toEqual(['player.acted', 'turn.failed']);
    expect(done.context.state.party.find((c) => c.id === 'mira')!.hp).toBe(10);
  });

  it('records a DM failure as a failed turn and goes on with the companions', async () => {
    const { actor, commits } = harness({
      resolve: async ({ characterId }) => {
        if (characterId === 'mira') throw new Error('model unreachable');
        return outcome('fine');
      },
    });
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I wait' });
    await waitFor(actor, (s) => s.matches('awaitingAction') && s.context.version === 3);
    expect(commits[0]!.events[1]).toMatchObject({ type: 'turn.failed', data: { reason: expect.stringContaining('model unreachable') } });
  });

  it('ignores actions for AI-played characters and actions while a turn is under way', async () => {
    const { actor } = harness();
    actor.send({ type: 'player.action', turnId: 't0', characterId: 'kestrel', text: 'I take over' });
    expect(actor.getSnapshot().value).toBe('awaitingAction');
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I look' });
    actor.send({ type: 'player.action', turnId: 't2', characterId: 'mira', text: 'I look again' });
    const done = await waitFor(actor, (s) => s.matches('awaitingAction') && s.context.version === 3);
    expect(done.context.version).toBe(3);
  });
});
