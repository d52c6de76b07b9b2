'use client';

import { useState } from 'react';

/** Past this many characters a rule's text shows its start, and the rest on request. */
const EXCERPT_CHARS = 420;

/** A rule's text as a look-up found it: long passages folded to their start, with a button for the rest. */
export function AnswerText({ text }: { text: string }) {
  const [whole, setWhole] = useState(false);
  const long = text.length > EXCERPT_CHARS;
  return (
    <>
      <p className="answer-text">{long && !whole ? `${text.slice(0, EXCERPT_CHARS).trimEnd()}…` : text}</p>
      {long && (
        <button type="button" className="link-button" aria-expanded={whole} onClick={() => setWhole(!whole)}>
          {whole ? 'Show less' : 'Read it all'}
        </button>
      )}
    </>
  );
}
