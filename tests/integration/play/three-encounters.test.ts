import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '@/lib/runtime/runtime';
import { checkLog } from '@/lib/rules/invariant-log';
import { comparable, playScript, threeEncounters } from '../../../scripts/eval/scripted-play';
import { logSteps } from '../../../scripts/eval/log-steps';
import { closeRuntime, memoryRuntime } from '../../fixtures/runtime';

let runtime: Runtime;

beforeAll(async () => {
  runtime = await memoryRuntime();
});

afterAll(() => closeRuntime(runtime));

describe('a scripted offline playthrough of three encounters', () => {
  it('produces the same session log on every run of a seed, a different one for another seed, and breaks no rule', async () => {
    const first = await playScript(runtime, { seed: 42, script: threeEncounters });
    const again = await playScript(runtime, { seed: 42, script: threeEncounters });
    const other = await playScript(runtime, { seed: 43, script: threeEncounters });

    expect(comparable(again.events)).toEqual(comparable(first.events));
    expect(comparable(other.events)).not.toEqual(comparable(first.events));

    const arrivals = first.events.flatMap((e) => (e.type === 'dm.narrated' ? e.data.patches.filter((p) => p.op === 'scene.set') : []));
    expect(arrivals.map((p) => (p as { scene: { locationId: string } }).scene.locationId)).toEqual(['steps', 'crypt', 'bell-chamber']);
    expect(first.events.filter((e) => e.type === 'combat.ended')).toHaveLength(3);
    expect(first.events.some((e) => e.type === 'player.acted' && e.data.controller === 'dm')).toBe(true);

    for (const run of [first, other]) {
      const { initial, steps } = logSteps(run.events);
      expect(checkLog(initial, steps)).toEqual([]);
    }
  }, 120_000);
});
