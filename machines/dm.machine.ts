import { assign, fromPromise, setup } from 'xstate';
import { retryOrFail } from './retry-or-fail';
import type { TurnOutcome } from '@/lib/rules/session-log';

export type DmInput = {
  /** Tries at resolving the action before giving up (first try included). */
  maxAttempts: number;
  /** How long one try may take before it is abandoned and retried. */
  attemptTimeoutMs: number;
  /** First retry delay; each further retry waits twice as long. */
  backoffMs: number;
};

export type DmOutput = { ok: true; outcome: TurnOutcome; attempts: number } | { ok: false; error: string; attempts: number };

type DmContext = DmInput & { attempt: number; outcome: TurnOutcome | null; error: string | null };

/**
 * One DM adjudication: narrate the action through the rules engine, retrying
 * a failed or stalled try with exponential backoff, within a bounded number of tries.
 */
export const dmMachine = setup({
  types: {
    input: {} as DmInput,
    context: {} as DmContext,
    output: {} as DmOutput,
  },
  actors: {
    narrate: fromPromise<TurnOutcome, { attempt: number }>(async () => {
      throw new Error('The DM machine needs a narrate actor');
    }),
  },
  guards: {
    canRetry: ({ context }) => context.attempt < context.maxAttempts,
  },
  delays: {
    attemptTimeout: ({ context }) => context.attemptTimeoutMs,
    backoff: ({ context }) => context.backoffMs * 2 ** (context.attempt - 1),
  },
  actions: {
    recordError: assign({
      error: (_, params: { message: string }) => params.message,
    }),
  },
}).createMachine({
  id: 'dm',
  context: ({ input }) => ({ ...input, attempt: 1, outcome: null, error: null }),
  initial: 'narrating',
  states: {
    narrating: {
      invoke: {
        src: 'narrate',
        input: ({ context }) => ({ attempt: context.attempt }),
        onDone: {
          target: 'resolved',
          actions: assign({ outcome: ({ event }) => event.output }),
        },
        onError: retryOrFail(({ event }) => String((event.error as Error)?.message ?? event.error)),
      },
      after: {
        attemptTimeout: retryOrFail(({ context }) => `No answer within ${context.attemptTimeoutMs} ms`),
      },
    },
    waitingToRetry: {
      after: {
        backoff: {
          target: 'narrating',
          actions: assign({ attempt: ({ context }) => context.attempt + 1 }),
        },
      },
    },
    resolved: { type: 'final' },
    failed: { type: 'final' },
  },
  output: ({ context }): DmOutput =>
    context.outcome
      ? { ok: true, outcome: context.outcome, attempts: context.attempt }
      : { ok: false, error: context.error ?? 'unknown failure', attempts: context.attempt },
});
