import 'server-only';
import type { Identity } from '@/lib/auth/identity';
import { listRuleSystems } from '@/lib/db/queries/rule-systems';
import { listSessionRuleSystems } from '@/lib/db/queries/sessions';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import type { TableRuntime } from './table-runtime';

/** How long choosing waits for a turn under way before answering that it will follow. */
const CHOOSE_WAIT_MS = 10_000;

/** A book of the shared library, as the game master's chooser lists it. */
export type LibraryBook = { id: string; name: string; pages: number; yours: boolean; playing: boolean };

/** The shared library's rulebooks, oldest first, each marked when the table plays by it and when the game master imported it. */
export async function tableRulebooks(db: Database, input: { sessionId: string; identity: Identity }): Promise<LibraryBook[]> {
  const [library, playing] = await Promise.all([listRuleSystems(db), listSessionRuleSystems(db, { sessionId: input.sessionId })]);
  return library.map((s) => ({ id: s.id, name: s.name, pages: s.pageCount, yours: s.importedBy === input.identity.userId, playing: playing.includes(s.id) }));
}

/**
 * The game master chooses which of the library's rulebooks the table plays
 * by from now on (none: the built-in rules alone). The choice is committed
 * through the table, between turns, with a log line everyone sees; the DM's
 * next look-up searches the new books.
 */
export async function chooseRulebooks(runtime: TableRuntime, input: { sessionId: string; ruleSystemIds: string[]; by: Identity }): Promise<{ settled: boolean }> {
  const { sessionId, by } = input;
  const wanted = [...new Set(input.ruleSystemIds.map((id) => id.toLowerCase()))];
  const library = await listRuleSystems(runtime.db);
  const unknown = wanted.filter((id) => !library.some((s) => s.id === id));
  if (unknown.length) throw new AppError('not_found', `The library has no rulebook ${unknown.map((id) => `"${id}"`).join(', ')}`);
  const current = await listSessionRuleSystems(runtime.db, { sessionId });
  if (current.length === wanted.length && wanted.every((id) => current.includes(id))) {
    throw new AppError('conflict', 'The table already plays by exactly these rulebooks');
  }
  const ruleSystems = library.filter((s) => wanted.includes(s.id)).map((s) => ({ id: s.id, name: s.name }));
  const outcome = await runtime.sessions.commandSettled(sessionId, { type: 'rulebooks.choose', ruleSystems, by: by.name }, CHOOSE_WAIT_MS);
  if (outcome.kind === 'failed') throw new AppError('conflict', `The table could not save it: ${outcome.reason}`);
  return { settled: outcome.kind === 'committed' };
}
