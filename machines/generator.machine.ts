import { assign, fromPromise, setup } from 'xstate';

export type GeneratorInput = { timeoutMs: number; maxAttempts: number };
export type GeneratorOutput = { ok: true; result: unknown } | { ok: false; error: string; permanent: boolean };

type GeneratorContext = GeneratorInput & { attempt: number; result: unknown; error: string | null; permanent: boolean };

/** A failure that trying again cannot fix (a request the generator refuses) says so. */
function isPermanent(error: unknown): boolean {
  return (error as { permanent?: unknown } | null)?.permanent === true;
}

/**
 * One piece of creative work: generate it within the time allowed, trying
 * again once or twice if it fails, or give up with the reason.
 */
export const generatorMachine = setup({
  types: { input: {} as GeneratorInput, context: {} as GeneratorContext, output: {} as GeneratorOutput },
  actors: {
    generate: fromPromise<unknown>(async () => {
      throw new Error('The generator machine needs a generate actor');
    }),
  },
  guards: { canRetry: ({ context, event }) => context.attempt < context.maxAttempts && !isPermanent((event as { error?: unknown }).error) },
  delays: { timeout: ({ context }) => context.timeoutMs },
}).createMachine({
  id: 'generator',
  context: ({ input }) => ({ ...input, attempt: 1, result: null, error: null, permanent: false }),
  initial: 'generating',
  states: {
    generating: {
      invoke: {
        src: 'generate',
        onDone: { target: 'done', actions: assign({ result: ({ event }) => event.output }) },
        onError: [
          { guard: 'canRetry', target: 'generating', reenter: true, actions: assign({ attempt: ({ context }) => context.attempt + 1 }) },
          {
            target: 'failed',
            actions: assign({
              error: ({ event }) => String((event.error as Error)?.message ?? event.error),
              permanent: ({ event }) => isPermanent(event.error),
            }),
          },
        ],
      },
      after: { timeout: { target: 'failed', actions: assign({ error: ({ context }) => `Nothing was ready within ${context.timeoutMs} ms` }) } },
    },
    done: { type: 'final' },
    failed: { type: 'final' },
  },
  output: ({ context }): GeneratorOutput =>
    context.error === null ? { ok: true, result: context.result } : { ok: false, error: context.error, permanent: context.permanent },
});
