import { tool } from 'ai';
import { z } from 'zod';
import { lookUpRule, REFERENCE_SOURCE } from '@/lib/rules/reference';
import type { RuleCitation } from '@/lib/rules/session-log';

/** Looks a rule up in the rules the table uses; what the DM reads is kept as a citation. */
export function createLookUpRuleTool({ cite }: { cite: (citation: RuleCitation) => void }) {
  return tool({
    description: 'Look up a rule by a question or keywords. Returns rule text with its section, to apply and cite.',
    inputSchema: z.object({ query: z.string().min(2).max(200) }),
    execute: async ({ query }) => {
      const found = lookUpRule(query);
      if (found.length === 0) return { found: [], note: 'No rule matches; rule as the DM sees fit and say so.' };
      const citations = found.map((entry) => ({ source: REFERENCE_SOURCE, section: entry.section, page: null, text: entry.text }));
      citations.forEach(cite);
      return { found: citations };
    },
  });
}
