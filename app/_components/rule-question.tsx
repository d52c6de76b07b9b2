'use client';

import { useState } from 'react';
import { AnswerText } from './answer-text';
import { FormError } from './form-error';
import { useSubmit } from './use-submit';

/** One rule a look-up found: its title, where it is printed, and its text. */
export type FoundRule = { title: string; where: string; text: string };

type Props = {
  /** Names the field and its test ids (`${name}-question`, `-answer`, `-nothing`, `-error`). */
  name: string;
  label: string;
  placeholder: string;
  button: string;
  /** What a question finds, best first; throws with a message for the person asking. */
  ask: (question: string) => Promise<FoundRule[]>;
  /** What to say when a question finds nothing. */
  nothing: (asked: string) => string;
};

/** A question about the rules, asked from the keyboard, and the rules it found with where each is printed. */
export function RuleQuestion({ name, label, placeholder, button, ask, nothing }: Props) {
  const [question, setQuestion] = useState('');
  const [result, setResult] = useState<{ asked: string; rules: FoundRule[] } | null>(null);
  const { busy, error, submit } = useSubmit(async () => {
    const asked = question.trim();
    setResult({ asked, rules: await ask(asked) });
  });

  return (
    <>
      <form role="search" className="ask-form" onSubmit={submit} aria-label={label}>
        <label htmlFor={`${name}-question`} className="visually-hidden">
          {label}
        </label>
        <input
          id={`${name}-question`}
          type="search"
          value={question}
          onChange={(e) => setQuestion(e.target.value)}
          placeholder={placeholder}
          minLength={3}
          maxLength={300}
          required
          data-testid={`${name}-question`}
        />
        <button className="button" type="submit" disabled={busy}>
          {busy ? 'Looking…' : button}
        </button>
      </form>
      <FormError message={error} testId={`${name}-error`} />
      <div aria-live="polite">
        {result && result.rules.length === 0 && (
          <p className="muted" data-testid={`${name}-nothing`}>
            {nothing(result.asked)}
          </p>
        )}
        {result && result.rules.length > 0 && (
          <ol className="answers">
            {result.rules.map((rule, i) => (
              <li key={`${i}-${rule.title}`} data-testid={`${name}-answer`}>
                <h3>
                  {rule.title} <span className="muted">{rule.where}</span>
                </h3>
                <AnswerText text={rule.text} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}

/** A look-up's answer read from its JSON, or its error's message thrown. */
export async function fetchFound<T>(url: string, read: (body: T) => FoundRule[]): Promise<FoundRule[]> {
  const response = await fetch(url);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error?.message ?? 'The look-up failed');
  return read(body as T);
}
