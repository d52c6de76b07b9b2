import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, toPromise, type AnyActorRef } from 'xstate';
import { assistantMachine } from '@/machines/assistant.machine';

const input = { maxAttempts: 2, attemptTimeoutMs: 1_000, backoffMs: 100 };

afterEach(() => vi.useRealTimers());

/** A reply actor whose tries run `attempt`, each able to tell the machine it has started speaking. */
function run(attempt: (n: number, started: () => void, signal: AbortSignal) => Promise<unknown>) {
  let actor: AnyActorRef | undefined;
  const machine = assistantMachine.provide({
    actors: {
      reply: fromPromise(({ input: { attempt: n }, signal }) => attempt(n, () => actor?.send({ type: 'reply.started' }), signal)),
    },
  });
  actor = createActor(machine, { input }).start();
  return toPromise(actor);
}

describe('the assistant machine', () => {
  it('tries again after a failure before the first word, and replies', async () => {
    vi.useFakeTimers();
    const result = run(async (n) => {
      if (n === 1) throw new Error('connection reset');
      return { text: 'Hello' };
    });
    await vi.advanceTimersByTimeAsync(100);
    await expect(result).resolves.toEqual({ ok: true, reply: { text: 'Hello' }, attempts: 2 });
  });

  it('does not repeat a reply that failed after it started speaking', async () => {
    let tries = 0;
    const result = run(async (_n, started) => {
      tries += 1;
      await Promise.resolve();
      started();
      throw new Error('stream broke');
    });
    await expect(result).resolves.toEqual({ ok: false, error: 'stream broke', attempts: 1 });
    expect(tries).toBe(1);
  });

  it('abandons a silent try at its deadline, aborting it, and gives up after the last try', async () => {
    vi.useFakeTimers();
    const aborted: boolean[] = [];
    const result = run((_n, _started, signal) => new Promise(() => signal.addEventListener('abort', () => aborted.push(true))));
    await vi.advanceTimersByTimeAsync(1_000 + 100 + 1_000);
    await expect(result).resolves.toEqual({ ok: false, error: 'No reply within 1000 ms', attempts: 2 });
    expect(aborted).toEqual([true, true]);
  });
});
