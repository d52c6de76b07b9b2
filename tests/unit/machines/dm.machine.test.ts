import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, toPromise } from 'xstate';
import { dmMachine } from '@/machines/dm.machine';
import type { TurnOutcome } from '@/lib/rules/session-log';

const input = { maxAttempts: 3, attemptTimeoutMs: 1_000, backoffMs: 100 };
const outcome: TurnOutcome = { text: 'done', checks: [], rolls: [], patches: [], toolCalls: [], rules: [], usage: null };

afterEach(() => vi.useRealTimers());

describe('the DM machine', () => {
  it('retries a failed try with exponential backoff and succeeds', async () => {
    vi.useFakeTimers();
    const started: number[] = [];
    const machine = dmMachine.provide({
      actors: {
        narrate: fromPromise(async ({ input: { attempt } }) => {
          started.push(Date.now());
          if (attempt < 3) throw new Error(`try ${attempt} failed`);
          return outcome;
        }),
      },
    });
    const actor = createActor(machine, { input }).start();
    const result = toPromise(actor);
    await vi.advanceTimersByTimeAsync(1_000);
    await expect(result).resolves.toEqual({ ok: true, outcome, attempts: 3 });
    expect(started[1]! - started[0]!).toBe(100);
    expect(started[2]! - started[1]!).toBe(200);
  });

  it('abandons a stalled try after its timeout and gives up after the last try', async () => {
    vi.useFakeTimers();
    let tries = 0;
    const machine = dmMachine.provide({
      actors: {
        narrate: fromPromise(async () => {
          tries += 1;
          return new Promise<TurnOutcome>(() => {});
        }),
      },
    });
    const actor = createActor(machine, { input }).start();
    const result = toPromise(actor);
    await vi.advanceTimersByTimeAsync(3 * 1_000 + 100 + 200);
    await expect(result).resolves.toEqual({ ok: false, error: 'No answer within 1000 ms', attempts: 3 });
    expect(tries).toBe(3);
  });
});
