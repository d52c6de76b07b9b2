import { keyStems } from '@/lib/rulebooks/local-embedder';

/** How much of a rule the log quotes; the "why?" panel keeps the passage whole. */
const QUOTE_CHARS = 320;

/**
 * The part of a cited passage to quote in the narration: the paragraph that
 * shares the most words with what was asked (a passage on conditions opens
 * with its preamble and prone, where the question was about poison), else
 * the passage's opening; cut at a word past QUOTE_CHARS.
 */
export function ruleQuote(text: string, asked: string): string {
  const wanted = keyStems(asked);
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim());
  let best = text;
  let bestShared = 0;
  for (const paragraph of paragraphs) {
    const stems = keyStems(paragraph);
    const shared = [...wanted].filter((s) => stems.has(s)).length;
    if (shared > bestShared) [best, bestShared] = [paragraph.trim(), shared];
  }
  return best.length > QUOTE_CHARS ? `${best.slice(0, QUOTE_CHARS).replace(/\s+\S*$/, '')}…` : best;
}
