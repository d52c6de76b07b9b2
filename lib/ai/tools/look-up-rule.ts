import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { findRules, type RulebookSearch } from '@/lib/rules/reference';
import type { RuleCitation } from '@/lib/rules/session-log';

const lookUpRuleInput = zodSchema(z.strictObject({ query: z.string().min(2).max(200) }));

/**
 * Looks a rule up: first in the rulebooks imported for this table, then in
 * the built-in reference. What the DM reads is kept as a citation, with its
 * section and page, so the narration and the "why?" panel can cite it.
 */
export function createLookUpRuleTool({ cite, search }: { cite: (citation: RuleCitation) => void; search?: RulebookSearch }) {
  return tool({
    description:
      'Look up a rule. Returns rule text with its section and page, to apply and cite. Players describe what they want ' +
      '("stop his spell", "turned to stone", "run twice as far"); the books title rules by name. Start the query with the ' +
      'name the rulebook most likely gives the rule (a spell, condition, action or class feature: "Counterspell", ' +
      '"Petrified", "Dash"), then the question\'s key words.',
    inputSchema: lookUpRuleInput,
    execute: async ({ query }) => {
      const { found, problem } = await findRules(query, search);
      // A refusal explains itself: the model can only ask again better if it reads why the books were not searched.
      const unsearched = problem ? `The rulebooks were not searched: ${problem}` : null;
      if (found.length === 0) return { query, found: [], note: unsearched ?? 'No rule matches; rule as the DM sees fit and say so.' };
      found.forEach(cite);
      return unsearched ? { query, found, note: `${unsearched} These are from the built-in reference.` } : { query, found };
    },
  });
}
