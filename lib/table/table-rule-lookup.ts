import { listSessionRuleSystems } from '@/lib/db/queries/sessions';
import { rulebookSearch } from '@/lib/rulebooks/rule-citations';
import type { RuleSearchDeps } from '@/lib/rulebooks/search';
import { findRules } from '@/lib/rules/reference';
import type { RuleCitation } from '@/lib/rules/session-log';

/**
 * A rule looked up by someone at the table, as the DM's look_up_rule tool
 * looks it up: the rulebooks the table plays by first, then the built-in
 * reference. Players can check a rule without spending their turn on it.
 */
export async function lookUpTableRule(deps: RuleSearchDeps, input: { sessionId: string; question: string }): Promise<RuleCitation[]> {
  const ruleSystemIds = await listSessionRuleSystems(deps.db, { sessionId: input.sessionId });
  // The request's checks (readQuestion) refuse what the search would: what is left to say is what was found.
  return (await findRules(input.question, ruleSystemIds.length > 0 ? rulebookSearch(deps, ruleSystemIds) : undefined)).found;
}
