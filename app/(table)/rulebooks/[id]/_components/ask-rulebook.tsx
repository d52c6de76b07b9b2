'use client';

import { useEffect, useState } from 'react';
import { AnswerText } from '@/app/_components/answer-text';
import { FormError } from '@/app/_components/form-error';
import { useSubmit } from '@/app/_components/use-submit';

type Answer = { section: string; pageStart: number; pageEnd: number; text: string };

const pagesOf = (a: Answer) => (a.pageStart === a.pageEnd ? `p. ${a.pageStart}` : `pp. ${a.pageStart}–${a.pageEnd}`);

/**
 * A question put to the rulebook as the DM's look-up puts it at the table, so
 * a game master sees which sections the DM will cite before playing by it.
 */
export function AskRulebook({ ruleSystemId }: { ruleSystemId: string }) {
  const [question, setQuestion] = useState('');
  const [result, setResult] = useState<{ asked: string; answers: Answer[] } | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const { busy, error, submit } = useSubmit(async () => {
    const asked = question.trim();
    const response = await fetch(`/api/rulebooks/${ruleSystemId}/search?q=${encodeURIComponent(asked)}`);
    const body = await response.json();
    if (!response.ok) throw new Error(body.error?.message ?? 'The look-up failed');
    setResult({ asked, answers: body.answers });
  });

  return (
    <section className="ask-rulebook" aria-labelledby="ask-rulebook-title" data-testid="ask-rulebook" data-hydrated={hydrated ? 'true' : undefined}>
      <h2 id="ask-rulebook-title">Ask this rulebook</h2>
      <p className="muted">Ask as a player would, and see the sections the DM cites for it, best first.</p>
      <form role="search" className="ask-form" onSubmit={submit}>
        <label htmlFor="ask-question" className="visually-hidden">
          Question
        </label>
        <input
          id="ask-question"
          type="search"
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          placeholder="can I grab him and hold him down?"
          minLength={3}
          maxLength={300}
          required
          data-testid="ask-question"
        />
        <button className="button" type="submit" disabled={busy}>
          {busy ? 'Looking…' : 'Look it up'}
        </button>
      </form>
      <FormError message={error} testId="ask-error" />
      <div aria-live="polite">
        {result && result.answers.length === 0 && (
          <p className="muted" data-testid="ask-nothing">
            Nothing in this rulebook answers “{result.asked}”. Try the words the book would use.
          </p>
        )}
        {result && result.answers.length > 0 && (
          <ol className="answers" data-testid="ask-answers">
            {result.answers.map((answer) => (
              <li key={`${answer.section}-${answer.pageStart}`} data-testid="ask-answer">
                <h3>
                  {answer.section} <span className="muted">{pagesOf(answer)}</span>
                </h3>
                <AnswerText text={answer.text} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
