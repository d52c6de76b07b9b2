import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** One word of what a player wrote (an action, a rules question): as typed, its dictionary form, and its part of speech. */
export type Word = { text: string; lemma: string; pos: string };

// Loading the model takes a few milliseconds; every reading after that is fast.
let nlp: ReturnType<typeof winkNLP> | null = null;

/** The words of a player's text, tokenised, lemmatised and tagged. */
export function readWords(action: string): Word[] {
  nlp ??= winkNLP(model);
  const its = nlp.its;
  const tokens = nlp.readDoc(action.slice(0, 2000)).tokens();
  const text = tokens.out(its.value);
  // The lemma reader's declared signature differs from what `out` accepts, though wink documents this call.
  const lemma = tokens.out(its.lemma as unknown as typeof its.value);
  const pos = tokens.out(its.pos);
  return text.map((t, i) => ({ text: t.toLowerCase(), lemma: (lemma[i] ?? t).toLowerCase(), pos: pos[i] ?? 'X' }));
}
