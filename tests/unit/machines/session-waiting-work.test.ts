import { describe, expect, it } from 'vitest';
import { createActor, fromCallback, fromPromise, waitFor } from 'xstate';
import { sessionMachine } from '@/machines/session.machine';
import type { CommitTurnInput, MapRequestInput, SessionEmitted, SessionMachineEvent } from '@/machines/session/types';
import { arrivalAt, openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import type { TurnOutcome } from '@/lib/rules/session-log';
import type { RulesState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { currentCombatantId } from '@/lib/rules/turn-flow';

const outcome: TurnOutcome = { text: 'ok', checks: [], rolls: [], patches: [], toolCalls: [], rules: [], usage: null };

/** A table whose DM answers only when told to, so work can arrive while a turn is under way. */
function harness(state: RulesState, options: { map?: (input: MapRequestInput) => SessionMachineEvent | null; turnTimeout?: number; mapWait?: number } = {}) {
  const commits: CommitTurnInput[] = [];
  const asked: MapRequestInput[] = [];
  const emitted: SessionEmitted[] = [];
  const answers: Array<() => void> = [];
  const machine = sessionMachine.provide({
    delays: { turnTimeout: options.turnTimeout ?? 60_000, mapWait: options.mapWait ?? 60_000 },
    actors: {
      resolveAction: fromPromise(() => new Promise<TurnOutcome>((resolve) => answers.push(() => resolve(outcome)))),
      decideActions: fromPromise(async ({ input }) => input.characterIds.map((characterId) => ({ characterId, text: 'waits', usage: null }))),
      commitTurn: fromPromise(async ({ input }) => {
        commits.push(input);
        return { version: input.expectedVersion + 1 };
      }),
      requestMap: fromCallback<SessionMachineEvent, MapRequestInput>(({ input, sendBack }) => {
        asked.push(input);
        const answer = options.map?.(input);
        if (answer) queueMicrotask(() => sendBack(answer));
      }),
    },
  });
  const actor = createActor(machine, { input: { sessionId: 's', state, version: 0 } });
  actor.on('*', (event) => emitted.push(event));
  actor.start();
  const answerAll = async () => {
    while (!actor.getSnapshot().matches('awaitingAction')) {
      answers.splice(0).forEach((answer) => answer());
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { actor, commits, asked, emitted, answerAll };
}

describe('work that reaches the session machine while a turn is under way', () => {
  it('keeps commands in order until the table is free, and tells what became of each', async () => {
    const { actor, commits, emitted, answerAll } = harness(openingState(sampleCampaign, 2));
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I look' });
    expect(actor.getSnapshot().matches('resolving')).toBe(true);
    const pause = { type: 'table.pause' as const, reason: 'snacks' };
    const pauseAgain = { type: 'table.pause' as const, reason: 'still snacks' };
    const resume = { type: 'table.resume' as const, reason: 'back' };
    actor.send(pause);
    actor.send(pauseAgain);
    actor.send(resume);
    await answerAll();
    await waitFor(actor, (s) => s.matches('awaitingAction') && s.context.commands.length === 0);
    // Mira's turn and the AI players' owed turns come first; the commands follow in the order they came.
    const kinds = commits.map((c) => c.events[0]!.type);
    expect(kinds.slice(-2)).toEqual(['table.paused', 'table.resumed']);
    expect(kinds.slice(0, -2).every((k) => k === 'player.acted')).toBe(true);
    expect(emitted.filter((e) => e.type === 'command.settled')).toEqual([
      { type: 'command.settled', command: pause, outcome: { kind: 'committed' } },
      { type: 'command.settled', command: pauseAgain, outcome: { kind: 'ignored' } },
      { type: 'command.settled', command: resume, outcome: { kind: 'committed' } },
    ]);
  });

  it('asks for a battle map once per place, and lays it out when it comes', async () => {
    // A place the campaign drew no battle map for.
    const state = { ...openingState(sampleCampaign, 2), grid: null };
    const rows = Array.from({ length: 10 }, () => '.'.repeat(14));
    const cells = state.party.map((_, i) => ({ x: i, y: 1 }));
    const { actor, commits, asked, answerAll } = harness(state, {
      map: ({ locationId }) => ({ type: 'map.arrived', locationId, rows, partyStart: cells, others: [], art: null }),
    });
    expect(asked).toEqual([{ locationId: state.scene.locationId, title: state.scene.title, terrain: state.scene.mapStyle }]);
    await waitFor(actor, (s) => s.context.state.grid !== null, { timeout: 2_000 });
    expect(commits.map((c) => c.events[0]!.type)).toEqual(['map.arrived']);
    expect(actor.getSnapshot().context.state.grid).toBeDefined();
    // The request is over, and the place is not asked for again.
    expect(Object.keys(actor.getSnapshot().children)).toEqual([]);
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I look' });
    await answerAll();
    expect(asked).toHaveLength(1);
  });

  it('gives up on a battle map that does not come in time, and plays on without asking again', async () => {
    const state = { ...openingState(sampleCampaign, 2), grid: null };
    const { actor, asked, answerAll } = harness(state, { map: () => null, mapWait: 20 });
    expect(Object.keys(actor.getSnapshot().children)).toEqual([`map:${state.scene.locationId}`]);
    await waitFor(actor, (s) => Object.keys(s.children).length === 0, { timeout: 2_000 });
    expect(actor.getSnapshot().context.state.grid).toBeNull();
    actor.send({ type: 'player.action', turnId: 't1', characterId: 'mira', text: 'I look' });
    await answerAll();
    expect(asked).toHaveLength(1);
  });

  it("in a fight, tells its host when a person's turn runs past the turn timeout", async () => {
    const resolver = new TableResolver(openingState(sampleCampaign, 7));
    resolver.travel(arrivalAt(sampleCampaign.locations, 'steps')!);
    resolver.startCombat();
    const { actor, emitted, answerAll } = harness(resolver.state, { turnTimeout: 20 });
    await answerAll();
    const waitingFor = currentCombatantId(actor.getSnapshot().context.state);
    await new Promise((r) => setTimeout(r, 60));
    expect(emitted.filter((e) => e.type === 'turn.overdue')).toEqual([{ type: 'turn.overdue', characterId: waitingFor }]);
  });
});
