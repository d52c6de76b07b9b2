import { assign, fromPromise, setup } from 'xstate';
import { retryOrFail } from './retry-or-fail';

export type AssistantInput = {
  /** Tries at one reply before giving up (first try included). */
  maxAttempts: number;
  /** How long one try may take, from the first word to the last. */
  attemptTimeoutMs: number;
  /** First retry delay; each further retry waits twice as long. */
  backoffMs: number;
};

export type AssistantEvent = { type: 'reply.started' };

export type AssistantOutput = { ok: true; reply: unknown; attempts: number } | { ok: false; error: string; attempts: number };

type AssistantContext = AssistantInput & { attempt: number; started: boolean; reply: unknown; error: string | null };

function timedOut(context: AssistantContext): string {
  return context.started ? `The reply did not finish within ${context.attemptTimeoutMs} ms` : `No reply within ${context.attemptTimeoutMs} ms`;
}

/**
 * One reply of the Campaign Assistant to the game master. A try that fails or
 * stalls before its first word is tried again after a pause; once words have
 * reached the game master a second try would repeat them, so it fails instead.
 */
export const assistantMachine = setup({
  types: { input: {} as AssistantInput, context: {} as AssistantContext, events: {} as AssistantEvent, output: {} as AssistantOutput },
  actors: {
    reply: fromPromise<unknown, { attempt: number }>(async () => {
      throw new Error('The assistant machine needs a reply actor');
    }),
  },
  guards: {
    canRetry: ({ context }) => context.attempt < context.maxAttempts && !context.started,
  },
  delays: {
    attemptTimeout: ({ context }) => context.attemptTimeoutMs,
    backoff: ({ context }) => context.backoffMs * 2 ** (context.attempt - 1),
  },
  actions: {
    recordError: assign({ error: (_, params: { message: string }) => params.message }),
  },
}).createMachine({
  id: 'assistant',
  context: ({ input }) => ({ ...input, attempt: 1, started: false, reply: null, error: null }),
  initial: 'replying',
  states: {
    replying: {
      on: { 'reply.started': { actions: assign({ started: true }) } },
      invoke: {
        src: 'reply',
        input: ({ context }) => ({ attempt: context.attempt }),
        onDone: { target: 'replied', actions: assign({ reply: ({ event }) => event.output, error: null }) },
        onError: retryOrFail(({ event }) => String((event.error as Error)?.message ?? event.error)),
      },
      after: {
        attemptTimeout: retryOrFail(({ context }) => timedOut(context)),
      },
    },
    waitingToRetry: {
      after: {
        backoff: { target: 'replying', actions: assign({ attempt: ({ context }) => context.attempt + 1 }) },
      },
    },
    replied: { type: 'final' },
    failed: { type: 'final' },
  },
  output: ({ context }): AssistantOutput =>
    context.error === null
      ? { ok: true, reply: context.reply, attempts: context.attempt }
      : { ok: false, error: context.error, attempts: context.attempt },
});
