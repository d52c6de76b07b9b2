import { afterEach, describe, expect, it, vi } from 'vitest';
import { createActor, fromPromise, toPromise } from 'xstate';
import { playerMachine } from '@/machines/player.machine';

afterEach(() => vi.useRealTimers());

function run(decide: () => Promise<string>) {
  const machine = playerMachine.provide({ actors: { decide: fromPromise(decide) } });
  return toPromise(createActor(machine, { input: { decideTimeoutMs: 500 } }).start());
}

describe('the player machine', () => {
  it('returns the decided action, trimmed', async () => {
    await expect(run(async () => '  I keep watch.  ')).resolves.toEqual({ action: 'I keep watch.', fallback: false, reason: null });
  });

  it('falls back to a cautious action when the model fails, stalls or says nothing', async () => {
    await expect(run(async () => Promise.reject(new Error('rate limited')))).resolves.toMatchObject({ fallback: true, reason: 'rate limited' });
    await expect(run(async () => '   ')).resolves.toMatchObject({ fallback: true });
    vi.useFakeTimers();
    const stalled = run(() => new Promise(() => {}));
    await vi.advanceTimersByTimeAsync(500);
    await expect(stalled).resolves.toMatchObject({ fallback: true, reason: 'no decision within 500 ms' });
  });
});
