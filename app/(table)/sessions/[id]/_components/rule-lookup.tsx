'use client';

import { useState } from 'react';
import { AnswerText } from '@/app/_components/answer-text';
import { FormError } from '@/app/_components/form-error';
import { useSubmit } from '@/app/_components/use-submit';
import type { RuleCitation } from '@/lib/rules/session-log';

/**
 * Looks a rule up as the DM would at this table, so anyone can check one
 * without spending their turn on it.
 */
export function RuleLookup({ sessionId }: { sessionId: string }) {
  const [question, setQuestion] = useState('');
  const [result, setResult] = useState<{ asked: string; rules: RuleCitation[] } | null>(null);
  const { busy, error, submit } = useSubmit(async () => {
    const asked = question.trim();
    const response = await fetch(`/api/sessions/${sessionId}/rulebooks/search?q=${encodeURIComponent(asked)}`);
    const body = await response.json();
    if (!response.ok) throw new Error(body.error?.message ?? 'The look-up failed');
    setResult({ asked, rules: body.rules });
  });

  return (
    <div className="rule-lookup" data-testid="rule-lookup">
      <form role="search" className="ask-form" onSubmit={submit} aria-label="Look up a rule">
        <label htmlFor="rule-lookup-question" className="visually-hidden">
          Rule to look up
        </label>
        <input
          id="rule-lookup-question"
          type="search"
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          placeholder="Look up a rule: what does prone do?"
          minLength={3}
          maxLength={300}
          required
          data-testid="rule-lookup-question"
        />
        <button className="button" type="submit" disabled={busy}>
          {busy ? 'Looking…' : 'Look up'}
        </button>
      </form>
      <FormError message={error} />
      <div aria-live="polite">
        {result && result.rules.length === 0 && <p className="muted">No rule matches “{result.asked}”; the DM rules on it as they see fit.</p>}
        {result && result.rules.length > 0 && (
          <ol className="answers">
            {result.rules.map((rule) => (
              <li key={`${rule.source}-${rule.section}-${rule.page}`} data-testid="rule-lookup-answer">
                <h3>
                  {rule.section}{' '}
                  <span className="muted">
                    {rule.source}
                    {rule.page !== null && `, p. ${rule.page}`}
                  </span>
                </h3>
                <AnswerText text={rule.text} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}
