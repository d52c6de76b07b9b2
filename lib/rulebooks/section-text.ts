// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import type { Located } from './structure-lines.ts';
import type { PdfLine, RulebookSection } from './types.ts';

/** What joining lines into paragraphs needs to know about the whole book. */
export type TextStyle = {
  /** The usual distance between the baselines of two lines of one paragraph. */
  leading: number;
  /** Every word of the book, to tell a hyphenated word broken at a line end from a word hyphenated by the typesetter. */
  words: Set<string>;
};

export function textStyle(lines: Located[]): TextStyle {
  const counts = new Map<number, number>();
  const words = new Set<string>();
  lines.forEach(({ page, line }, i) => {
    for (const word of line.text.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []) words.add(word);
    const previous = lines[i - 1];
    if (!previous || previous.page !== page) return;
    const gap = line.y - previous.line.y;
    if (gap <= 0 || gap > previous.line.fontSize * 3) return;
    const rounded = Math.round(gap * 2) / 2;
    counts.set(rounded, (counts.get(rounded) ?? 0) + 1);
  });
  const leading = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0])[0] || 14;
  return { leading, words };
}

/** Join after taking the hyphen off the end of the line. */
const dehyphenate = Symbol('dehyphenate');
type Joint = string | typeof dehyphenate;

const endsSentence = /[.!?:]["'\u201d\u2019)]?$/;
const startsListItem = /^(?:[•●▪◦*–-]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/;
const isRow = (line: PdfLine) => line.text.includes('\t');

/**
 * How two consecutive lines join: a space inside a paragraph, a line break
 * between table rows, list items, or a bold label and its text, a blank
 * line between paragraphs. Paragraphs are what the chunker keeps whole.
 */
function separator(a: Located, b: Located, style: TextStyle): Joint {
  const [x, y] = [a.line, b.line];
  if (isRow(x) || isRow(y)) return isRow(x) && isRow(y) ? '\n' : '\n\n';
  const ended = endsSentence.test(x.text);
  const gap = y.y - x.y;
  // Another column or page: the paragraph goes on unless the sentence ended.
  if (a.page !== b.page || gap <= 0 || gap > x.fontSize * 4) {
    if (ended) return '\n\n';
    return startsListItem.test(y.text) ? '\n' : joinWords(x.text, y.text, style);
  }
  if (y.fontSize > x.fontSize * 1.15 || (y.bold && !x.bold)) return '\n\n';
  if (x.fontSize > y.fontSize * 1.15 || (x.bold && !y.bold)) return '\n';
  if (gap > style.leading * 1.35) return '\n\n';
  if (ended && y.x > x.x + 0.5 * x.fontSize && y.x < x.x + 4 * x.fontSize) return '\n\n';
  if (startsListItem.test(y.text)) return '\n';
  return joinWords(x.text, y.text, style);
}

/**
 * A line ending in "dan-" before "gers" was hyphenated by the typesetter and
 * joins as "dangers"; "two-" before "handed" keeps its hyphen when the book
 * writes "two-handed" elsewhere and never "twohanded".
 */
function joinWords(left: string, right: string, style: TextStyle): Joint {
  const head = /(\p{L}+)-$/u.exec(left)?.[1];
  const tail = /^\p{Ll}+/u.exec(right)?.[0];
  if (/\d-$/.test(left)) return '';
  if (!head || !tail) return ' ';
  return keepsHyphen(head, tail, style.words) ? '' : dehyphenate;
}

/** Whether a word broken at a line's end after `head-` keeps its hyphen before `tail`: the book writes it so, and never as one word. */
export function keepsHyphen(head: string, tail: string, words: Set<string>): boolean {
  return words.has(`${head}-${tail}`.toLowerCase()) && !words.has(`${head}${tail}`.toLowerCase());
}

export function assemble(lines: Located[], from: number, to: number, style: TextStyle): Pick<RulebookSection, 'text' | 'pageOffsets'> {
  let text = '';
  const pageOffsets: RulebookSection['pageOffsets'] = [];
  for (let i = from; i < to; i++) {
    const current = lines[i]!;
    const previous = i > from ? lines[i - 1] : undefined;
    if (previous) {
      const joint = separator(previous, current, style);
      text = joint === dehyphenate ? text.slice(0, -1) : text + joint;
    }
    if (previous?.page !== current.page) pageOffsets.push({ page: current.page, offset: text.length });
    text += current.line.text;
  }
  return { text, pageOffsets };
}
