// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import { keepsHyphen } from './section-text.ts';
import type { Heading, Located } from './structure-lines.ts';

/** The size most of the text is set in, to the half point. */
export function bodySize(lines: Located[]): number {
  const chars = new Map<number, number>();
  for (const { line } of lines) {
    const size = Math.round(line.fontSize * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + line.text.length);
  }
  return [...chars].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0])[0];
}

const minorWords = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'vs']);

function isTitleCase(text: string): boolean {
  const words = text.split(' ').filter((word) => /\p{L}/u.test(word));
  return words.length > 0 && words.every((word, i) => /^\P{Ll}/u.test(word) || (i > 0 && minorWords.has(word.toLowerCase())));
}

function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** `inSentenceCase`: a bold line in the body's type not in title case, kept only if it stands as a heading does (see standsAlone). */
type Candidate = { index: number; size: number; bold: boolean; byBoldness: boolean; inSentenceCase: boolean };

/**
 * A line that starts far right of the tabbed row above it is the end of that
 * row, wrapped: a spell's "Charm Person⇥Level 1 Enchantment" with its last
 * tag, "Ongoing", set alone beneath. It is never a heading, however bold.
 */
function endsRowAbove(located: Located, previous: Located | undefined): boolean {
  if (!previous || previous.page !== located.page || !previous.line.text.includes('\t')) return false;
  return located.line.x > previous.line.x + 4 * located.line.fontSize;
}

/**
 * A bold label and its value on one line in the body's type ("Special
 * Qualities: Burrowing" in a monster's block) is a field of an entry, not the
 * start of a section: the entries after it would all fall under it.
 */
const labelled = /^[^:]{1,30}:\s/;

function headingCandidate(located: Located, previous: Located | undefined, index: number, body: number): Candidate | null {
  const { text, fontSize, bold } = located.line;
  const words = text.split(' ').length;
  if (text.includes('\t') || text.length > 90 || words > 12 || endsRowAbove(located, previous)) return null;
  if (!/\p{L}\p{L}/u.test(text) || /[.,;:]$/.test(text) || /^[•●▪◦*\-–]/.test(text)) return null;
  const size = Math.round(fontSize * 2) / 2;
  if (size >= body * 1.15) return { index, size, bold, byBoldness: false, inSentenceCase: false };
  const bodyLike = size >= body * 0.85;
  if (!bold || !bodyLike || words > 8 || labelled.test(text)) return null;
  if (isTitleCase(text) || isAllCaps(text)) return { index, size, bold, byBoldness: true, inSentenceCase: false };
  return { index, size, bold, byBoldness: true, inSentenceCase: true };
}

/**
 * Larger type marks higher levels: the largest heading size makes chapters,
 * the next sections, anything smaller and bold body-size lines
 * subsections. A size used once, on the cover, is the book's title and
 * byline, not a level.
 */
export function layoutHeadings(lines: Located[], words: Set<string>): Heading[] {
  const body = bodySize(lines);
  const candidates = lines.flatMap((located, index) => headingCandidate(located, lines[index - 1], index, body) ?? []);
  const groups = mergeMultiLine(lines, candidates, words).filter((group) => !group.first.inSentenceCase || standsAlone(group, lines));
  const bySize = new Map<number, typeof groups>();
  for (const group of groups.filter((g) => !g.first.byBoldness)) {
    const uses = bySize.get(group.first.size) ?? [];
    uses.push(group);
    bySize.set(group.first.size, uses);
  }
  const onCoverOnly = (uses: typeof groups) => uses.length === 1 && lines[uses[0]!.first.index]!.page === lines[0]?.page;
  const levels = [...bySize].filter(([, uses]) => !onCoverOnly(uses)).map(([size]) => size).sort((a, b) => b - a);
  const depthOf = (c: Candidate) => {
    if (c.byBoldness) return Math.min(levels.length + 1, 3);
    return Math.min(levels.indexOf(c.size) + 1, 3);
  };
  return groups
    .filter((g) => g.first.byBoldness || levels.includes(g.first.size))
    .map((g) => ({
      title: g.title,
      depth: depthOf(g.first),
      page: lines[g.first.index]!.page,
      start: g.first.index,
      bodyStart: g.last + 1,
    }));
}

/**
 * A bold line in sentence case is as often a heading ("Deal damage", "Put
 * someone in a spot" among a book's GM moves) as the bold start of a sentence
 * ("When you have leverage on a GM Character" / "and manipulate them"). A
 * heading is whole: it starts as a sentence does and does not end on a
 * linking word, and the text after it is in another weight and starts a
 * sentence of its own (not "54 coins" after an item of a price list).
 */
function standsAlone(group: { last: number; title: string }, lines: Located[]): boolean {
  const lastWord = group.title.split(' ').at(-1)!.toLowerCase();
  const next = lines[group.last + 1]?.line;
  const opensSentence = (text: string) => /^[\p{Lu}“"‘']/u.test(text);
  return opensSentence(group.title) && !minorWords.has(lastWord) && next !== undefined && !next.bold && opensSentence(next.text);
}

/** A heading too long for one line continues on the next in the same type. */
function mergeMultiLine(lines: Located[], candidates: Candidate[], words: Set<string>): Array<{ first: Candidate; last: number; title: string }> {
  const groups: Array<{ first: Candidate; last: number; title: string }> = [];
  for (const c of candidates) {
    const group = groups[groups.length - 1];
    const previous = group && lines[group.last]!;
    const current = lines[c.index]!;
    const continues =
      group !== undefined &&
      previous !== undefined &&
      group.last === c.index - 1 &&
      previous.page === current.page &&
      group.first.size === c.size &&
      group.first.bold === c.bold &&
      current.line.y - previous.line.y < c.size * 1.8;
    if (continues) {
      group.last = c.index;
      group.title = /\p{L}-$/u.test(group.title) ? joinBroken(group.title, current.line.text, words) : `${group.title} ${current.line.text}`;
    } else {
      groups.push({ first: c, last: c.index, title: current.line.text });
    }
  }
  return groups;
}

/**
 * A heading broken after a hyphen: a word the typesetter broke ("Swordmas-" /
 * "ter") is one word again; a compound keeps its hyphen, whether its next part
 * is capitalised ("Half-" / "Elf") or the book writes it so elsewhere
 * ("Two-" / "handed").
 */
function joinBroken(title: string, next: string, words: Set<string>): string {
  const head = /(\p{L}+)-$/u.exec(title)![1]!;
  const tail = /^\p{L}+/u.exec(next)?.[0] ?? '';
  const compound = /^\p{Lu}/u.test(tail) || keepsHyphen(head, tail, words);
  return compound ? `${title}${next}` : `${title.slice(0, -1)}${next}`;
}
