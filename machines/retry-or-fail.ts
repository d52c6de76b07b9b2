/**
 * The transitions out of a try that failed or stalled, for a machine that retries with backoff. It names the
 * machine's own `canRetry` guard, `recordError` action and `waitingToRetry` and `failed` states, so each
 * machine keeps its own rule for when another try is worth it; the reason is kept either way, so a machine
 * that gives up reports why its last try failed.
 */
export function retryOrFail<TArgs>(message: (args: TArgs) => string) {
  const recordError = { type: 'recordError', params: (args: TArgs) => ({ message: message(args) }) } as const;
  return [
    { guard: 'canRetry', target: 'waitingToRetry', actions: recordError },
    { target: 'failed', actions: recordError },
  ] as const;
}
