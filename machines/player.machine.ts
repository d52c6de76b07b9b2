import { assign, fromPromise, setup } from 'xstate';

export type PlayerInput = {
  /** How long the player may think before it falls back to a safe action. */
  decideTimeoutMs: number;
};

export type PlayerOutput = { action: string; fallback: boolean; reason: string | null };

type PlayerContext = PlayerInput & { action: string | null; reason: string | null };

const MAX_ACTION_LENGTH = 500;

/**
 * One AI player's decision. A player that errs or stalls never holds up the
 * table: it falls back to a cautious action of its character.
 */
export const playerMachine = setup({
  types: {
    input: {} as PlayerInput,
    context: {} as PlayerContext,
    output: {} as PlayerOutput,
  },
  actors: {
    decide: fromPromise<string>(async () => {
      throw new Error('The player machine needs a decide actor');
    }),
  },
  guards: {
    isUsableAction: ({ event }) => {
      const text = (event as { output?: unknown }).output;
      return typeof text === 'string' && text.trim().length > 0 && text.length <= MAX_ACTION_LENGTH;
    },
  },
  delays: {
    decideTimeout: ({ context }) => context.decideTimeoutMs,
  },
}).createMachine({
  id: 'player',
  context: ({ input }) => ({ ...input, action: null, reason: null }),
  initial: 'deciding',
  states: {
    deciding: {
      invoke: {
        src: 'decide',
        onDone: [
          { guard: 'isUsableAction', target: 'decided', actions: assign({ action: ({ event }) => event.output.trim() }) },
          { target: 'holding', actions: assign({ reason: 'the model gave no usable action' }) },
        ],
        onError: {
          target: 'holding',
          actions: assign({ reason: ({ event }) => String((event.error as Error)?.message ?? event.error) }),
        },
      },
      after: {
        decideTimeout: {
          target: 'holding',
          actions: assign({ reason: ({ context }) => `no decision within ${context.decideTimeoutMs} ms` }),
        },
      },
    },
    decided: { type: 'final' },
    holding: { type: 'final' },
  },
  output: ({ context }): PlayerOutput =>
    context.action
      ? { action: context.action, fallback: false, reason: null }
      : { action: `I hold my position and keep watch.`, fallback: true, reason: context.reason },
});
