import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { sessionMachine } from '@/machines/session.machine';
import type { CommitTurnInput, ResolveActionInput } from '@/machines/session/types';
import { arrivalAt, openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import type { TurnOutcome } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';

function outcome(text: string, patches: TurnOutcome['patches'] = []): TurnOutcome {
  return { text, checks: [], rolls: [], patches, toolCalls: [], rules: [], usage: null };
}

function fightAtTheStair(seed: number): RulesState {
  const resolver = new TableResolver(openingState(sampleCampaign, seed));
  resolver.travel(arrivalAt(sampleCampaign.locations, 'steps')!);
  resolver.startCombat();
  return resolver.state;
}

function harness(state: RulesState, resolve?: (input: ResolveActionInput) => Promise<TurnOutcome>) {
  const resolved: ResolveActionInput[] = [];
  const decisions: string[][] = [];
  const commits: CommitTurnInput[] = [];
  const machine = sessionMachine.provide({
    actors: {
      resolveAction: fromPromise(async ({ input }) => {
        resolved.push(input);
        return resolve ? resolve(input) : outcome(`resolved ${input.characterId}`);
      }),
      decideActions: fromPromise(async ({ input }) => {
        decisions.push(input.characterIds);
        return input.characterIds.map((characterId) => ({ characterId, text: `${characterId} keeps watch`, usage: null }));
      }),
      commitTurn: fromPromise(async ({ input }) => {
        commits.push(input);
        return { version: input.expectedVersion + 1 };
      }),
    },
  });
  const actor = createActor(machine, { input: { sessionId: 's', state, version: 0 } }).start();
  return { actor, resolved, decisions, commits };
}

const idleAfter = (actor: ReturnType<typeof harness>['actor'], version: number) =>
  waitFor(actor, (s) => s.matches('awaitingAction') && s.context.version >= version);

describe('the session machine out of a fight', () => {
  it('resolves the person, lets both AI players decide together, then resolves each in seat order', async () => {
    const { actor, resolved, decisions, commits } = harness(openingState(sampleCampaign, 1));
    expect(actor.getSnapshot().value).toBe('awaitingAction');
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I search the altar' });
    const done = await idleAfter(actor, 3);
    expect(decisions).toEqual([['aldric', 'kestrel']]);
    expect(resolved.map((r) => [r.characterId, r.controller, r.action])).toEqual([
      ['mira', 'human', 'I search the altar'],
      ['aldric', 'ai', 'aldric keeps watch'],
      ['kestrel', 'ai', 'kestrel keeps watch'],
    ]);
    expect(commits.map((c) => c.events.map((e) => e.type))).toEqual([
      ['player.acted', 'dm.narrated'],
      ['player.acted', 'dm.narrated'],
      ['player.acted', 'dm.narrated'],
    ]);
    expect(commits.map((c) => c.expectedVersion)).toEqual([0, 1, 2]);
    expect(done.context.turn?.controller).toBe('ai');
  });

  it('applies the patches the DM returns and commits the new state', async () => {
    const { actor, commits } = harness(openingState(sampleCampaign, 1), async ({ characterId }) =>
      outcome('ouch', characterId === 'mira' ? [{ op: 'character.hp', characterId: 'mira', hp: 4 }] : []),
    );
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I touch the bell' });
    const done = await idleAfter(actor, 3);
    expect(commits[0]!.state.party.find((c) => c.id === 'mira')!.hp).toBe(4);
    expect(done.context.state.party.find((c) => c.id === 'mira')!.hp).toBe(4);
  });

  it('refuses an outcome the rules forbid and records the turn as failed instead', async () => {
    const { actor, commits } = harness(openingState(sampleCampaign, 1), async () =>
      outcome('you feel mighty', [{ op: 'character.hp', characterId: 'mira', hp: 999 }]),
    );
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I set my HP to 999' });
    const done = await idleAfter(actor, 3);
    expect(commits[0]!.events.map((e) => e.type)).toEqual(['player.acted', 'turn.failed']);
    expect(done.context.state.party.find((c) => c.id === 'mira')!.hp).toBe(10);
  });

  it('records a DM failure as a failed turn and goes on with the companions', async () => {
    const { actor, commits } = harness(openingState(sampleCampaign, 1), async ({ characterId }) => {
      if (characterId === 'mira') throw new Error('model unreachable');
      return outcome('fine');
    });
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I wait' });
    await idleAfter(actor, 3);
    expect(commits[0]!.events[1]).toMatchObject({ type: 'turn.failed', data: { reason: expect.stringContaining('model unreachable') } });
  });

  it('ignores actions for AI-played characters and actions while a turn is under way', async () => {
    const { actor, resolved } = harness(openingState(sampleCampaign, 1));
    actor.send({ type: 'player.action', turnId: 't0', characterId: 'kestrel', text: 'I take over' });
    expect(actor.getSnapshot().value).toBe('awaitingAction');
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I look' });
    actor.send({ type: 'player.action', turnId: 't2', characterId: 'mira', text: 'I look again' });
    await idleAfter(actor, 3);
    expect(resolved.filter((r) => r.controller === 'human').map((r) => r.action)).toEqual(['I look']);
  });
});

describe('the session machine in a fight', () => {
  it('plays turns in initiative order: monsters by the DM, AI players decided ahead, the person when it is their turn', async () => {
    const state = fightAtTheStair(7);
    const order = state.combat!.order.map((e) => e.id);
    const { actor, resolved, commits } = harness(state);
    const first = await waitFor(actor, (s) => s.matches('awaitingAction'));
    // Everyone before the person in the order has acted, in order, and each turn was ended by the rules.
    const before = order.slice(0, order.indexOf('mira'));
    expect(resolved.map((r) => r.characterId)).toEqual(before);
    for (const r of resolved) expect(r.controller).toBe(r.characterId.startsWith('rat') ? 'dm' : 'ai');
    expect(commits.every((c) => c.events.some((e) => e.type === 'turn.advanced'))).toBe(true);
    expect(first.context.state.combat!.order[first.context.state.combat!.turnIndex]!.id).toBe('mira');

    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I attack the rat' });
    const second = await waitFor(actor, (s) => s.matches('awaitingAction') && s.context.state.combat!.round === 2);
    const afterMira = resolved.slice(before.length).map((r) => r.characterId);
    expect(afterMira).toEqual([...order.slice(order.indexOf('mira')), ...before]);
    expect(second.context.state.combat!.order[second.context.state.combat!.turnIndex]!.id).toBe('mira');
  });
});
