import { assign, fromPromise, setup } from 'xstate';
import { applyPatches } from '@/lib/rules/patches';
import type { NewSessionEvent, TurnOutcome } from '@/lib/rules/session-log';
import type { Character, GameState } from '@/lib/rules/state';

export type SessionInput = { sessionId: string; state: GameState; version: number };

export type PlayerActionEvent = { type: 'player.action'; turnId: string; characterId: string; text: string };


/** The action being resolved now, and the AI companions still owed a turn after it. */
export type ActiveTurn = {
  turnId: string;
  characterId: string;
  controller: Character['controller'];
  text: string;
  queue: string[];
};

export type ResolveActionInput = { turnId: string; characterId: string; action: string; state: GameState };
export type DecideActionInput = { characterId: string; state: GameState };
export type CommitTurnInput = { expectedVersion: number; state: GameState; events: NewSessionEvent[] };

type SessionContext = SessionInput & {
  turn: ActiveTurn | null;
  staged: { state: GameState; events: NewSessionEvent[] } | null;
  lastError: string | null;
};

function characterOf(state: GameState, id: string): Character | undefined {
  return state.party.find((c) => c.id === id);
}

function actedEvent(turn: ActiveTurn, state: GameState): NewSessionEvent {
  return {
    type: 'player.acted',
    data: {
      turnId: turn.turnId,
      characterId: turn.characterId,
      characterName: characterOf(state, turn.characterId)?.name ?? turn.characterId,
      controller: turn.controller,
      text: turn.text,
    },
  };
}

function nextConsciousAi(state: GameState, queue: readonly string[]): number {
  return queue.findIndex((id) => {
    const c = characterOf(state, id);
    return c !== undefined && !c.conditions.includes('unconscious');
  });
}

/**
 * The game-session orchestrator: a person acts, the DM resolves it, the
 * result is committed, then each AI companion decides and is resolved in
 * seat order, and the table waits for the person again.
 */
export const sessionMachine = setup({
  types: {
    input: {} as SessionInput,
    context: {} as SessionContext,
    events: {} as PlayerActionEvent,
  },
  actors: {
    resolveAction: fromPromise<TurnOutcome, ResolveActionInput>(async () => {
      throw new Error('The session machine needs a resolveAction actor');
    }),
    decideAction: fromPromise<string, DecideActionInput>(async () => {
      throw new Error('The session machine needs a decideAction actor');
    }),
    commitTurn: fromPromise<{ version: number }, CommitTurnInput>(async () => {
      throw new Error('The session machine needs a commitTurn actor');
    }),
  },
  guards: {
    isHumanCharacter: ({ context, event }) => characterOf(context.state, event.characterId)?.controller === 'human',
    outcomeFollowsRules: ({ context }, outcome: TurnOutcome) => {
      try {
        applyPatches(context.state, outcome.patches);
        return true;
      } catch {
        return false;
      }
    },
    hasAiToAct: ({ context }) => context.turn !== null && nextConsciousAi(context.state, context.turn.queue) >= 0,
  },
  actions: {
    startTurn: assign({
      turn: ({ context, event }) => ({
        turnId: event.turnId,
        characterId: event.characterId,
        controller: 'human' as const,
        text: event.text,
        queue: context.state.party.filter((c) => c.controller === 'ai').map((c) => c.id),
      }),
      lastError: null,
    }),
    stageOutcome: assign({
      staged: ({ context }, outcome: TurnOutcome) => {
        const turn = context.turn!;
        return {
          state: applyPatches(context.state, outcome.patches),
          events: [
            actedEvent(turn, context.state),
            { type: 'dm.narrated' as const, data: { turnId: turn.turnId, characterId: turn.characterId, ...outcome } },
          ],
        };
      },
    }),
    stageFailure: assign({
      staged: ({ context }, reason: string) => {
        const turn = context.turn!;
        return {
          state: context.state,
          events: [
            actedEvent(turn, context.state),
            { type: 'turn.failed' as const, data: { turnId: turn.turnId, characterId: turn.characterId, reason } },
          ],
        };
      },
    }),
    startAiTurn: assign({
      turn: ({ context }) => {
        const turn = context.turn!;
        const index = nextConsciousAi(context.state, turn.queue);
        const characterId = turn.queue[index]!;
        return {
          turnId: `${turn.turnId.split(':')[0]}:${characterId}`,
          characterId,
          controller: 'ai' as const,
          text: '',
          queue: turn.queue.slice(index + 1),
        };
      },
    }),
    endTurn: assign({ turn: null }),
  },
}).createMachine({
  id: 'session',
  context: ({ input }) => ({ ...input, turn: null, staged: null, lastError: null }),
  initial: 'awaitingAction',
  states: {
    awaitingAction: {
      on: {
        'player.action': { guard: 'isHumanCharacter', target: 'resolving', actions: 'startTurn' },
      },
    },
    resolving: {
      invoke: {
        src: 'resolveAction',
        input: ({ context }) => ({
          turnId: context.turn!.turnId,
          characterId: context.turn!.characterId,
          action: context.turn!.text,
          state: context.state,
        }),
        onDone: [
          {
            guard: { type: 'outcomeFollowsRules', params: ({ event }) => event.output },
            target: 'committing',
            actions: { type: 'stageOutcome', params: ({ event }) => event.output },
          },
          {
            target: 'committing',
            actions: { type: 'stageFailure', params: 'The DM proposed a change the rules forbid' },
          },
        ],
        onError: {
          target: 'committing',
          actions: {
            type: 'stageFailure',
            params: ({ event }) => `The DM could not resolve this: ${(event.error as Error)?.message ?? event.error}`,
          },
        },
      },
    },
    committing: {
      invoke: {
        src: 'commitTurn',
        input: ({ context }) => ({
          expectedVersion: context.version,
          state: context.staged!.state,
          events: context.staged!.events,
        }),
        onDone: {
          target: 'choosingNext',
          actions: assign({
            state: ({ context }) => context.staged!.state,
            version: ({ event }) => event.output.version,
            staged: null,
          }),
        },
        onError: {
          target: 'awaitingAction',
          actions: assign({
            lastError: ({ event }) => `The turn could not be saved: ${(event.error as Error)?.message ?? event.error}`,
            staged: null,
            turn: null,
          }),
        },
      },
    },
    choosingNext: {
      always: [
        { guard: 'hasAiToAct', target: 'aiDeciding', actions: 'startAiTurn' },
        { target: 'awaitingAction', actions: 'endTurn' },
      ],
    },
    aiDeciding: {
      invoke: {
        src: 'decideAction',
        input: ({ context }) => ({ characterId: context.turn!.characterId, state: context.state }),
        onDone: {
          target: 'resolving',
          actions: assign({ turn: ({ context, event }) => ({ ...context.turn!, text: event.output }) }),
        },
        onError: {
          target: 'committing',
          actions: {
            type: 'stageFailure',
            params: ({ event }) => `The AI player could not decide: ${(event.error as Error)?.message ?? event.error}`,
          },
        },
      },
    },
  },
});
