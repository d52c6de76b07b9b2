import { readWords } from '@/lib/ai/offline/understanding/words';
import { stem, words } from './local-embedder';
import { CORE_PHRASINGS } from './phrasings/core';
import { COMBAT_PHRASINGS } from './phrasings/combat';
import { ADVENTURING_PHRASINGS } from './phrasings/adventuring';
import { SOCIAL_EXPLORATION_PHRASINGS } from './phrasings/social-exploration';
import { SPELLCASTING_PHRASINGS } from './phrasings/spellcasting';
import { CREATURES_ITEMS_PHRASINGS } from './phrasings/creatures-items';
import { GEAR_PHRASINGS } from './phrasings/gear';
import { CHARACTERS_PHRASINGS } from './phrasings/characters';
import { GAME_MASTER_PHRASINGS } from './phrasings/game-master';

/** Stems of a text's words, apostrophes dropped first so "can't" stays one word. */
const stems = (text: string) => words(text.replace(/['\u2019]/g, '')).map((w) => (/^\d+$/.test(w) ? w : stem(w)));

const phraseStems = (phrase: string) => phrase.split(' ').flatMap((word) => (word === '*' ? ['*'] : stems(word)));

/** Every table of phrasings (see Phrasing), the first gathered first: their book words come out in this order. */
export const PHRASINGS = [
  CORE_PHRASINGS,
  COMBAT_PHRASINGS,
  ADVENTURING_PHRASINGS,
  SOCIAL_EXPLORATION_PHRASINGS,
  SPELLCASTING_PHRASINGS,
  CREATURES_ITEMS_PHRASINGS,
  GEAR_PHRASINGS,
  CHARACTERS_PHRASINGS,
  GAME_MASTER_PHRASINGS,
].flat();

const compiled = PHRASINGS.map(([phrases, bookWords]) => ({ phrases: phrases.map(phraseStems), bookWords }));

/**
 * The entries by a word each of their phrases needs (its first that is not
 * a `*`): a question is matched only against the phrases one of its words
 * can start, not the thousands in the tables.
 */
const byWord = new Map<string, Set<number>>();
compiled.forEach(({ phrases }, entry) => {
  for (const phrase of phrases) {
    const word = phrase.find((w) => w !== '*');
    if (word !== undefined) byWord.set(word, (byWord.get(word) ?? new Set()).add(entry));
  }
});

/** Whether `phrase` occurs in `question` word after word, a `*` of the phrase taking at most one word. */
function occurs(question: string[], phrase: string[]): boolean {
  const from = (at: number, k: number): boolean => {
    if (k === phrase.length) return true;
    if (phrase[k] === '*') return from(at, k + 1) || (at < question.length && from(at + 1, k + 1));
    return question[at] === phrase[k] && from(at + 1, k + 1);
  };
  for (let start = 0; start < question.length; start++) if (from(start, 0)) return true;
  return false;
}

/**
 * The singular of each noun the question puts in an irregular plural
 * ("dwarves" → "dwarf", "elves" → "elf", "teeth" → "tooth"): the book titles
 * its peoples and monsters in the singular, and a stemmer that only trims
 * endings leaves "dwarv" apart from "dwarf". "Dice" stays dice.
 */
function irregularSingulars(question: string): string[] {
  return readWords(question)
    .filter((w) => (w.pos === 'NOUN' || w.pos === 'PROPN') && /^[a-z]+$/.test(w.lemma) && stem(w.lemma) !== stem(w.text))
    .map((w) => w.lemma);
}

/**
 * The rulebook words for the players' words in a question ("can I grab
 * him" → "grapple grappled"), each once, in the table's order, then the
 * singulars of its irregular plurals; empty when the question already
 * speaks the book's language or says nothing known.
 */
export function bookWordsFor(question: string): string {
  const asked = stems(question);
  const candidates = [...new Set(asked.flatMap((word) => [...(byWord.get(word) ?? [])]))].sort((a, b) => a - b);
  const found = candidates.map((entry) => compiled[entry]!).filter(({ phrases }) => phrases.some((phrase) => occurs(asked, phrase)));
  return [...new Set([...found.flatMap(({ bookWords }) => bookWords.split(' ')), ...irregularSingulars(question)])].join(' ');
}

/**
 * Ways of asking that name no rule: "how does grappling work?" asks about
 * grappling, and its "work" would find "Working Together" and every passage
 * about work between adventures. Each drops its own word, nothing else.
 */
const QUESTION_FRAMES: ReadonlyArray<readonly [frame: RegExp, word: RegExp]> = [
  [/\bhow\b.*\bworks?\W*$/i, /\bworks?(?=\W*$)/i],
  [/\bwhat happens\b/i, /\bhappens\b/i],
  [/\bwhat (?:does|do|is) .*\bmean\W*$/i, /\bmean(?=\W*$)/i],
];

/** The question without the words of its asking ("how does grappling work?" → "how does grappling ?"). */
export function withoutFrame(question: string): string {
  return QUESTION_FRAMES.reduce((text, [frame, word]) => (frame.test(text) ? text.replace(word, '') : text), question);
}
