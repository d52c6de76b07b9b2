import { AppError } from '@/lib/errors';
import { placeMonsters, type Placement } from '@/lib/rules/gm-placement';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { matchMonster, monstersByChallenge } from '@/lib/rules/srd';
import type { TableRuntime } from './table-runtime';

/** How long placing waits for a turn under way before answering that it will follow. */
const PLACE_WAIT_MS = 10_000;

/** SRD monster names for the game master's form: those a typed name matches, nearest first. */
export function monsterSuggestions(query: string, limit = 10): string[] {
  const wanted = query.trim().toLowerCase();
  if (wanted.length === 0) return [];
  const byName = monstersByChallenge(0, 30).map((m) => m.name);
  const starts = byName.filter((n) => n.toLowerCase().startsWith(wanted));
  const contains = byName.filter((n) => !starts.includes(n) && n.toLowerCase().includes(wanted));
  const near = matchMonster(query);
  const nearest = near.found ? [near.found.name] : near.suggestions;
  return [...new Set([...starts, ...contains, ...nearest])].slice(0, limit);
}

/**
 * The game master places SRD monsters by name: checked against the table as
 * it is (the name must be an SRD monster's), then committed through the
 * session as a command the log records with who placed what.
 */
export async function placeCreatures(runtime: TableRuntime, input: Placement & { sessionId: string }): Promise<{ settled: boolean }> {
  const { sessionId, ...placement } = input;
  const { state } = await runtime.sessions.view(sessionId);
  try {
    placeMonsters(state, placement);
  } catch (error) {
    if (error instanceof RuleViolation) throw new AppError('bad_request', error.message);
    throw error;
  }
  const outcome = await runtime.sessions.commandSettled(sessionId, { type: 'gm.place', ...placement }, PLACE_WAIT_MS);
  if (outcome.kind === 'ignored') throw new AppError('conflict', 'The table changed before the creatures could be placed; look again and retry');
  if (outcome.kind === 'failed') throw new AppError('conflict', `The table could not save it: ${outcome.reason}`);
  return { settled: outcome.kind === 'committed' };
}
