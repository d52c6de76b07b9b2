'use client';

import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Character } from '@/lib/rules/state';
import { FormError } from '@/app/_components/form-error';

/** Words put in the box from elsewhere (the sheet's Cast and Use); `key` tells a new suggestion from the last. */
export type Suggestion = { text: string; key: number };

export function ActionForm(props: { sessionId: string; character: Character; yourTurn: boolean; maxLength: number; suggestion?: Suggestion | null }) {
  const { sessionId, character, yourTurn, maxLength, suggestion } = props;
  const [text, setText] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);

  // The player reads the words, may change them, and sends them with Act.
  useEffect(() => {
    if (!suggestion) return;
    setText(suggestion.text.slice(0, maxLength));
    box.current?.focus();
  }, [suggestion, maxLength]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canSend = yourTurn && !sending && text.trim().length > 0;
  const lastTyping = useRef(0);

  /** Tells the table this person is typing, at most every two seconds. */
  function typed(value: string) {
    setText(value);
    if (Date.now() - lastTyping.current < 2_000) return;
    lastTyping.current = Date.now();
    void fetch(`/api/sessions/${sessionId}/typing`, { method: 'POST' }).catch(() => {});
  }

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!canSend) return;
    setSending(true);
    setError(null);
    try {
      const response = await fetch(`/api/sessions/${sessionId}/actions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        // One key per action typed: a retry of the same request can never apply it twice.
        body: JSON.stringify({ characterId: character.id, text, idempotencyKey: crypto.randomUUID() }),
      });
      if (!response.ok) {
        const body = await response.json().catch(() => null);
        throw new Error(body?.error?.message ?? `The action was not accepted (${response.status})`);
      }
      setText('');
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setSending(false);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form onSubmit={submit} aria-label="Your action">
      <div className="action-form">
        <textarea
          ref={box}
          data-testid="action-input"
          aria-label={`What does ${character.name} do?`}
          placeholder={yourTurn ? `What does ${character.name} do?` : 'Wait for your turn…'}
          value={text}
          maxLength={maxLength}
          onChange={(e) => typed(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button className="button" type="submit" disabled={!canSend} data-testid="action-submit">
          Act
        </button>
      </div>
      <div className="action-hint">
        <span>Enter to act, Shift+Enter for a new line</span>
        <span>
          {text.length}/{maxLength}
        </span>
      </div>
      <FormError message={error} testId="action-error" />
    </form>
  );
}
