import { findSessionMonsters, ruleSystemSpells, searchSessionMonsters, sessionRuleSystemName, type StoredRuleMonster } from '@/lib/db/queries/rule-monsters';
import type { Queryable } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import { importedStatBlock, spellIdsOf } from '@/lib/rulebooks/content/imported-stat-block';
import { parsedMonsterSchema } from '@/lib/rulebooks/content/schema';
import { placeMonsters, type Placement } from '@/lib/rules/gm-placement';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { matchMonster, monstersByChallenge } from '@/lib/rules/srd';
import type { TableRuntime } from './table-runtime';

/** How long placing waits for a turn under way before answering that it will follow. */
const PLACE_WAIT_MS = 10_000;

const SRD = 'SRD 5.1';

/** A monster the game master may place, with the book it comes from; `ruleSystemId` is null for the SRD's own. */
export type MonsterSuggestion = { name: string; book: string; ruleSystemId: string | null };

function srdSuggestions(query: string, limit: number): MonsterSuggestion[] {
  const wanted = query.trim().toLowerCase();
  const byName = monstersByChallenge(0, 30).map((m) => m.name);
  const starts = byName.filter((n) => n.toLowerCase().startsWith(wanted));
  const contains = byName.filter((n) => !starts.includes(n) && n.toLowerCase().includes(wanted));
  const near = matchMonster(query);
  const nearest = near.found ? [near.found.name] : near.suggestions;
  return [...new Set([...starts, ...contains, ...nearest])].slice(0, limit).map((name) => ({ name, book: SRD, ruleSystemId: null }));
}

/**
 * Monsters for the game master's form as they type: the SRD's, nearest
 * first, and those of the rulebooks the table plays by, each with its book.
 */
export async function monsterSuggestions(db: Queryable, { sessionId, query, limit = 10 }: { sessionId: string; query: string; limit?: number }): Promise<MonsterSuggestion[]> {
  if (query.trim().length === 0) return [];
  const imported = await searchSessionMonsters(db, { sessionId, query, limit });
  const startsWith = (s: MonsterSuggestion) => s.name.toLowerCase().startsWith(query.trim().toLowerCase());
  const all = [...srdSuggestions(query, limit), ...imported];
  return [...all.filter(startsWith), ...all.filter((s) => !startsWith(s))].slice(0, limit * 2);
}

async function playable(db: Queryable, found: StoredRuleMonster, name: string): Promise<NonNullable<Placement['imported']>> {
  // A block that does not validate names no spells to look up; it is refused below with the reason.
  const parsed = parsedMonsterSchema.safeParse(found.monster);
  const ids = parsed.success ? spellIdsOf(parsed.data) : [];
  const read = importedStatBlock(found.monster, await ruleSystemSpells(db, { ruleSystemId: found.ruleSystemId, ids }));
  if (!read.ok) throw new AppError('bad_request', `${name} from ${found.book} cannot be placed: ${read.reason}`);
  return { statBlock: read.statBlock, book: found.book, gear: read.gear };
}

/**
 * The imported monster a placement names, or undefined for an SRD one. A
 * rulebook named must be one the table plays by; without one, a name the
 * SRD holds exactly is the SRD's, and any other is looked for among the
 * table's rulebooks.
 */
async function importedMonster(db: Queryable, sessionId: string, name: string, ruleSystemId: string | undefined): Promise<Placement['imported']> {
  if (ruleSystemId) {
    const book = await sessionRuleSystemName(db, { sessionId, ruleSystemId });
    if (!book) throw new AppError('forbidden', 'This table does not play by that rulebook: place monsters from the rulebooks the table plays by');
    const [found] = await findSessionMonsters(db, { sessionId, name, ruleSystemId });
    if (!found) throw new AppError('not_found', `${book} has no monster called "${name}"`);
    return playable(db, found, name);
  }
  if (matchMonster(name).exact) return undefined;
  const [found] = await findSessionMonsters(db, { sessionId, name });
  return found && playable(db, found, name);
}

/**
 * The game master places monsters, an SRD one by name or one of the
 * table's imported rulebooks: checked against the table as it is (the
 * name must be known, the stat block's numbers playable), then committed
 * through the session as a command the log records with who placed what
 * from which book.
 */
export async function placeCreatures(runtime: TableRuntime, input: Omit<Placement, 'imported'> & { sessionId: string; ruleSystemId?: string }): Promise<{ settled: boolean }> {
  const { sessionId, ruleSystemId, ...named } = input;
  const imported = await importedMonster(runtime.db, sessionId, named.monster, ruleSystemId);
  const placement: Placement = imported ? { ...named, imported } : named;
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
