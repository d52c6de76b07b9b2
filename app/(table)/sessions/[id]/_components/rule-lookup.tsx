'use client';

import { fetchFound, RuleQuestion } from '@/app/_components/rule-question';
import type { RuleCitation } from '@/lib/rules/session-log';

/**
 * Looks a rule up as the DM would at this table, so anyone can check one
 * without spending their turn on it.
 */
export function RuleLookup({ sessionId }: { sessionId: string }) {
  return (
    <div className="rule-lookup" data-testid="rule-lookup">
      <RuleQuestion
        name="rule-lookup"
        label="Look up a rule"
        placeholder="Look up a rule: what does prone do?"
        button="Look up"
        ask={(question) =>
          fetchFound(`/api/sessions/${sessionId}/rulebooks/search?q=${encodeURIComponent(question)}`, (body: { rules: RuleCitation[] }) =>
            body.rules.map((r) => ({ title: r.section, where: r.page === null ? r.source : `${r.source}, p. ${r.page}`, text: r.text })),
          )
        }
        nothing={(asked) => `No rule matches “${asked}”; the DM rules on it as they see fit.`}
      />
    </div>
  );
}
