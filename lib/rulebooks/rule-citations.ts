import type { RuleFindings } from '@/lib/rules/reference';
import { searchRules, type RuleSearchDeps } from './search';

/** How many passages one look-up gives the DM to read: enough for a rule and its exception, few enough to read at once. */
export const CITATIONS_PER_LOOK_UP = 3;

/** A search of the given rulebooks that answers as the DM cites (book, section, first page and the passages' text), or says why it could not search. */
export function rulebookSearch(deps: RuleSearchDeps, ruleSystemIds: string[]) {
  return async (query: string): Promise<RuleFindings> => {
    const { hits, problem } = await searchRules(deps, { ruleSystemIds, query, limit: CITATIONS_PER_LOOK_UP });
    return { found: hits.map((hit) => ({ source: hit.ruleSystemName, section: hit.heading, page: hit.pageStart, text: hit.text })), problem };
  };
}
