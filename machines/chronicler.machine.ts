import { assign, fromPromise, setup } from 'xstate';

export type ChroniclerInput = {
  /** How long one reading of the log (or one recall) may take. */
  timeoutMs: number;
  maxAttempts: number;
  backoffMs: number;
};

export type ChroniclerOutput = { ok: true; result: unknown; attempts: number } | { ok: false; error: string; attempts: number };

type ChroniclerContext = ChroniclerInput & { attempt: number; result: unknown; error: string | null };

/**
 * One piece of the Chronicler's work: read the log into the campaign's
 * register, or recall what bears on an action. A failed or stalled try is
 * tried again after a pause that doubles; the last failure's reason is kept.
 */
export const chroniclerMachine = setup({
  types: { input: {} as ChroniclerInput, context: {} as ChroniclerContext, output: {} as ChroniclerOutput },
  actors: {
    work: fromPromise<unknown>(async () => {
      throw new Error('The chronicler machine needs a work actor');
    }),
  },
  guards: { canRetry: ({ context }) => context.attempt < context.maxAttempts },
  delays: {
    timeout: ({ context }) => context.timeoutMs,
    backoff: ({ context }) => context.backoffMs * 2 ** (context.attempt - 1),
  },
  actions: {
    recordError: assign({ error: (_, params: { message: string }) => params.message }),
  },
}).createMachine({
  id: 'chronicler',
  context: ({ input }) => ({ ...input, attempt: 1, result: null, error: null }),
  initial: 'working',
  states: {
    working: {
      invoke: {
        src: 'work',
        onDone: { target: 'done', actions: assign({ result: ({ event }) => event.output, error: null }) },
        onError: [
          { guard: 'canRetry', target: 'waitingToRetry', actions: { type: 'recordError', params: ({ event }) => ({ message: String((event.error as Error)?.message ?? event.error) }) } },
          { target: 'failed', actions: { type: 'recordError', params: ({ event }) => ({ message: String((event.error as Error)?.message ?? event.error) }) } },
        ],
      },
      after: {
        timeout: [
          { guard: 'canRetry', target: 'waitingToRetry', actions: { type: 'recordError', params: ({ context }) => ({ message: `no answer within ${context.timeoutMs} ms` }) } },
          { target: 'failed', actions: { type: 'recordError', params: ({ context }) => ({ message: `no answer within ${context.timeoutMs} ms` }) } },
        ],
      },
    },
    waitingToRetry: {
      after: { backoff: { target: 'working', actions: assign({ attempt: ({ context }) => context.attempt + 1 }) } },
    },
    done: { type: 'final' },
    failed: { type: 'final' },
  },
  output: ({ context }): ChroniclerOutput =>
    context.error === null ? { ok: true, result: context.result, attempts: context.attempt } : { ok: false, error: context.error, attempts: context.attempt },
});
