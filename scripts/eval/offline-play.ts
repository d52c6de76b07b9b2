import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { createRuntime } from '@/lib/runtime/runtime';
import { defaultPhrasings, phrasingsEval, readPhrasings } from './offline-play/phrasings';
import { playThrough } from './offline-play/playthrough';

const PLAYTHROUGHS = 20;
const MAX_ACTIONS = 60;

/**
 * The embedded default, with no key: seeded playthroughs of the sample
 * adventure by a scripted player in plain words, and how well the offline
 * DM understands a set of player phrasings (the built-in set, or FILE).
 */
export async function offlinePlayEval(args: string[]) {
  const phrasings = phrasingsEval(await readPhrasings(args[0] ?? defaultPhrasings));
  const runtime = await createRuntime(readConfig({ OFFLINE_TOKEN_DELAY_MS: '0', AGENT_TIMEOUT_MS: '20000' }), await openPglite('memory://'));
  const runs = [];
  for (let seed = 1; seed <= PLAYTHROUGHS; seed++) {
    const run = await playThrough(runtime, seed, MAX_ACTIONS);
    console.error(`playthrough ${seed}: ${run.completed ? 'reached the ending' : `stopped (${run.why})`} after ${run.actions} actions, at ${run.place}`);
    runs.push(run);
  }
  await runtime.close();
  return {
    eval: 'offline-play',
    playthroughs: runs.length,
    completed: runs.filter((r) => r.completed).length,
    maxActions: Math.max(...runs.map((r) => r.actions)),
    actionLimit: MAX_ACTIONS,
    failures: runs.filter((r) => !r.completed),
    phrasings: phrasings.phrasings,
    understood: phrasings.understood,
    misunderstood: phrasings.misunderstood.map(({ text, at, intent, target, read }) => ({ text, at, expected: { intent, target }, read })),
  };
}
