import { AppError } from '@/lib/errors';
import { searchRules, type RuleSearchDeps } from './search';

/** How many sections a question is answered with: the DM reads three; a person scanning a page reads a few more. */
export const ANSWERS_SHOWN = 5;

export type RulebookAnswer = { section: string; pageStart: number; pageEnd: number; text: string };

/**
 * A person's question put to one imported rulebook, answered as the DM's
 * look-up answers it at the table: the sections it would cite, best first.
 * Lets a game master see what the DM will find before they play by a book.
 * A rulebook embedded by another model cannot be searched (its vectors are
 * another space) and the error says how to mend that.
 */
export async function askRulebook(deps: RuleSearchDeps, input: { ruleSystemId: string; question: string }): Promise<RulebookAnswer[]> {
  const { hits, searched, skipped, problem } = await searchRules(deps, { ruleSystemIds: [input.ruleSystemId], query: input.question, limit: ANSWERS_SHOWN });
  if (searched.length === 0 && skipped.length === 0) throw new AppError('not_found', `There is no rule system "${input.ruleSystemId}"`);
  if (searched.length === 0) throw new AppError('conflict', problem ?? 'This rulebook cannot be searched with the embedding model in use');
  return hits.map((hit) => ({ section: hit.heading, pageStart: hit.pageStart, pageEnd: hit.pageEnd, text: hit.text }));
}
