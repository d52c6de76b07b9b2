import { generateText, Output, type LanguageModel } from 'ai';
import { z } from 'zod';

/** How long a person waits for the model's terms before the question is searched in its own words alone. */
export const TERMS_TIMEOUT_MS = 4000;
/** How many terms, and words a term, are searched: a question is about a rule or two, named in a few words. */
const MAX_TERMS = 6;
const MAX_TERM_WORDS = 6;

const answer = z.object({ terms: z.array(z.string()).max(20) });

const instructions =
  'Someone at a tabletop role-playing game asks a rulebook a question in their own words. ' +
  'Give the names the rulebook itself would print as headings for what they ask about: rules, spells, conditions, actions, ' +
  'moves, features or items ("Grappling", "Find Familiar", "Counterspell", "Prone", "Defy Danger"). ' +
  'Give at most six, best first. Do not answer the question.';

/** A term as searched: letters, digits, apostrophes, hyphens and spaces, a few words at most. */
function cleanTerm(term: string): string {
  return term
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}'’ -]+/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, MAX_TERM_WORDS)
    .join(' ');
}

/**
 * The rulebook's own names for what a person asks about, from a hosted model
 * ("a little owl to scout ahead" → "Find Familiar"), as words to search
 * beside the question's: the rewriting the DM does for itself when it writes
 * a look-up, done for a person's question. The answer is untrusted and only
 * ever searched for, cleaned to plain words. A model that fails, stalls or
 * answers out of shape adds nothing: the question is searched as asked.
 */
export async function rulebookTermsFor(model: LanguageModel, question: string, abortSignal?: AbortSignal): Promise<string> {
  try {
    const result = await generateText({
      model,
      output: Output.object({ schema: answer }),
      instructions,
      prompt: question,
      maxRetries: 0,
      abortSignal: AbortSignal.any([AbortSignal.timeout(TERMS_TIMEOUT_MS), ...(abortSignal ? [abortSignal] : [])]),
    });
    const terms = (result.output as z.infer<typeof answer>).terms.map(cleanTerm).filter(Boolean);
    return [...new Set(terms)].slice(0, MAX_TERMS).join(' ');
  } catch (error) {
    if (abortSignal?.aborted) throw error;
    console.warn('[rulebooks] the model named no rulebook terms for a question:', (error as Error).message);
    return '';
  }
}
