import type { ExtractedPdf, OutlineEntry, PdfLine, RulebookSection, RulebookStructure } from './types';

/** A line with the page it is on; sections are spans of these. */
type Located = { page: number; line: PdfLine };

/** Where a section's heading was found: its lines are [start, bodyStart), its text starts at bodyStart. */
type Heading = { title: string; depth: number; page: number; start: number; bodyStart: number };

/**
 * Splits a rulebook into the chapters and sections a game master picks from.
 * The PDF's own bookmarks are the author's word on its structure, so they win;
 * without them, headings are read from the type: larger or bold short lines.
 */
export function analyseStructure(pdf: ExtractedPdf): RulebookStructure {
  const lines: Located[] = pdf.pages.flatMap((page) => page.lines.map((line) => ({ page: page.number, line })));
  const useOutline = pdf.outline !== null && pdf.outline.length > 1;
  const headings = useOutline ? outlineHeadings(lines, pdf.outline ?? []) : layoutHeadings(lines);
  return {
    title: pdf.title ?? coverTitle(pdf) ?? 'Untitled rulebook',
    pageCount: pdf.pageCount,
    source: useOutline ? 'outline' : 'layout',
    sections: toSections(lines, headings, pdf.pageCount, textStyle(lines)),
  };
}

function coverTitle(pdf: ExtractedPdf): string | null {
  const cover = pdf.pages.find((page) => page.lines.length > 0);
  if (!cover) return null;
  return cover.lines.reduce((best, line) => (line.fontSize > best.fontSize ? line : best)).text;
}

// ---------------------------------------------------------------------------
// Headings from the outline

/** Heading text as compared: case, quotes, dashes and spacing ignored. */
export function normalised(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds each bookmark's title on its page. Bookmarks do not always follow
 * the page's order (a table bookmarked before the paragraph it floats below),
 * and a title may also be a table cell or a word in the text, so of the
 * lines that match, the one set most like a heading wins, then the first
 * after the previous heading. A title that cannot be found (bookmarks are
 * sometimes worded differently from the page) starts at the top of its
 * page, and never before the previous heading.
 */
function outlineHeadings(lines: Located[], outline: OutlineEntry[]): Heading[] {
  const pageStarts: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) pageStarts[lines[i]!.page] = i;
  const firstLineOfPage = (page: number) => {
    for (let p = Math.max(page, 1); p < pageStarts.length; p++) if (pageStarts[p] !== undefined) return pageStarts[p]!;
    return lines.length;
  };
  const texts = lines.map(({ line }) => normalised(line.text));
  const headings: Heading[] = [];
  const taken = new Set<number>();
  let cursor = 0;
  for (const entry of outline) {
    const pageStart = firstLineOfPage(entry.page);
    const from = Math.max(cursor, pageStart);
    const matches = titleMatches(texts, pageStart, firstLineOfPage(entry.page + 1), entry.title).filter((m) => !taken.has(m.start));
    const found = matches.sort((a, b) => likeness(lines, b, cursor) - likeness(lines, a, cursor) || a.start - b.start)[0];
    const start = found?.start ?? from;
    const bodyStart = found?.bodyStart ?? from;
    if (found) taken.add(found.start);
    headings.push({ title: entry.title, depth: entry.depth + 1, page: entry.page, start, bodyStart });
    cursor = Math.max(cursor, bodyStart);
  }
  return headings;
}

type TitleMatch = { start: number; bodyStart: number; runIn: boolean };

/** How much a match looks like the heading: whole lines over run-in text, then larger, then bold type, then not going back. */
function likeness(lines: Located[], match: TitleMatch, cursor: number): number {
  const { fontSize, bold } = lines[match.start]!.line;
  return (match.runIn ? 0 : 10_000) + fontSize * 10 + (bold ? 5 : 0) + (match.start >= cursor ? 1 : 0);
}

/** `texts` are the lines, normalised. */
function titleMatches(texts: string[], from: number, to: number, title: string): TitleMatch[] {
  const wanted = [normalised(title), normalised(title.replace(/^table\s*:?\s*/i, ''))].filter(Boolean);
  const matches: TitleMatch[] = [];
  for (let i = from; i < to; i++) {
    const text = texts[i]!;
    let joined = text;
    for (let j = i; j < Math.min(to, i + 3); j++) {
      if (j > i) joined = `${joined} ${texts[j]}`;
      if (wanted.includes(joined)) matches.push({ start: i, bodyStart: j + 1, runIn: false });
      if (!wanted.some((w) => w.startsWith(joined))) break;
    }
    // A run-in heading ("Prone. A prone creature...") shares its line with the text.
    if (wanted.some((w) => text.startsWith(w) && /^[.:]/.test(text.slice(w.length)))) matches.push({ start: i, bodyStart: i, runIn: true });
  }
  return matches;
}

// ---------------------------------------------------------------------------
// Headings from the layout

/** The size most of the text is set in. */
function bodySize(lines: Located[]): number {
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

type Candidate = { index: number; size: number; bold: boolean; byBoldness: boolean };

function headingCandidate(located: Located, index: number, body: number): Candidate | null {
  const { text, fontSize, bold } = located.line;
  const words = text.split(' ').length;
  if (text.includes('\t') || text.length > 90 || words > 12) return null;
  if (!/\p{L}\p{L}/u.test(text) || /[.,;:]$/.test(text) || /^[•●▪◦*\-–]/.test(text)) return null;
  const size = Math.round(fontSize * 2) / 2;
  if (size >= body * 1.15) return { index, size, bold, byBoldness: false };
  const bodyLike = size >= body * 0.85;
  if (bold && bodyLike && words <= 8 && (isTitleCase(text) || isAllCaps(text))) return { index, size, bold, byBoldness: true };
  return null;
}

/**
 * Larger type marks higher levels: the largest heading size makes chapters,
 * the next sections, anything smaller and bold body-size lines
 * subsections. A size used once, on the cover, is the book's title and
 * byline, not a level.
 */
function layoutHeadings(lines: Located[]): Heading[] {
  const body = bodySize(lines);
  const candidates = lines.flatMap((located, index) => headingCandidate(located, index, body) ?? []);
  const groups = mergeMultiLine(lines, candidates);
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

/** A heading too long for one line continues on the next in the same type. */
function mergeMultiLine(lines: Located[], candidates: Candidate[]): Array<{ first: Candidate; last: number; title: string }> {
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
      group.title = `${group.title} ${current.line.text}`;
    } else {
      groups.push({ first: c, last: c.index, title: current.line.text });
    }
  }
  return groups;
}

// ---------------------------------------------------------------------------
// Sections and their text

function slug(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 48) || 'section'
  );
}

function toSections(lines: Located[], headings: Heading[], pageCount: number, style: TextStyle): RulebookSection[] {
  const ends = textEnds(headings, lines.length);
  const firstStart = Math.min(lines.length, ...headings.map((h) => h.start));
  const sections: RulebookSection[] = [];
  const intro = assemble(lines, 0, firstStart, style);
  if (intro.text) {
    sections.push({
      id: `s-0-${slug('Introduction')}`,
      title: 'Introduction',
      kind: 'chapter',
      depth: 1,
      parentId: null,
      pageStart: lines[0]!.page,
      pageEnd: lines[firstStart - 1]!.page,
      ...intro,
    });
  }
  const parents: RulebookSection[] = [];
  headings.forEach((heading, i) => {
    const own = assemble(lines, heading.bodyStart, ends[i]!, style);
    while (parents.length > 0 && parents[parents.length - 1]!.depth >= heading.depth) parents.pop();
    const section: RulebookSection = {
      id: `s-${sections.length}-${slug(heading.title)}`,
      title: heading.title,
      kind: /^table\b/i.test(heading.title) || looksTabular(own.text) ? 'table' : heading.depth === 1 ? 'chapter' : 'section',
      depth: heading.depth,
      parentId: parents[parents.length - 1]?.id ?? null,
      pageStart: heading.page,
      pageEnd: pageEnd(lines, headings, i, pageCount),
      ...own,
    };
    sections.push(section);
    parents.push(section);
  });
  return sections;
}

/**
 * Where each heading's own text stops: at the next heading down the page,
 * whatever the order of the headings. Headings found at one place (titles
 * that were not found) leave the text to the last of them.
 */
function textEnds(headings: Heading[], lineCount: number): number[] {
  const order = headings.map((_, i) => i).sort((a, b) => headings[a]!.start - headings[b]!.start || a - b);
  const ends: number[] = [];
  order.forEach((i, k) => {
    const next = order[k + 1];
    ends[i] = Math.max(headings[i]!.bodyStart, next === undefined ? lineCount : headings[next]!.start);
  });
  return ends;
}

/** A section and its subsections run until the next heading of the same or a higher level. */
function pageEnd(lines: Located[], headings: Heading[], i: number, pageCount: number): number {
  const heading = headings[i]!;
  const next = headings.slice(i + 1).find((h) => h.depth <= heading.depth);
  if (!next) return Math.max(heading.page, lines[lines.length - 1]?.page ?? pageCount);
  const before = lines[next.start - 1];
  // Nothing of ours on the next heading's page when it opens that page.
  const endsBeforeItsPage = next.start >= lines.length || before === undefined || before.page < next.page;
  return Math.max(heading.page, endsBeforeItsPage ? next.page - 1 : next.page);
}

/** What joining lines into paragraphs needs to know about the whole book. */
type TextStyle = {
  /** The usual distance between the baselines of two lines of one paragraph. */
  leading: number;
  /** Every word of the book, to tell a hyphenated word broken at a line end from a word hyphenated by the typesetter. */
  words: Set<string>;
};

function textStyle(lines: Located[]): TextStyle {
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
  const hyphenated = `${head}-${tail}`.toLowerCase();
  return style.words.has(hyphenated) && !style.words.has(`${head}${tail}`.toLowerCase()) ? '' : dehyphenate;
}

function assemble(lines: Located[], from: number, to: number, style: TextStyle): Pick<RulebookSection, 'text' | 'pageOffsets'> {
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

const numericCell = /^(?:[+\-\u2212\u2013]?\d|\d*d\d|[\u2014\u2013-]$)/;

/** Mostly rows of cells, several of them numbers: a table rather than prose. */
function looksTabular(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim());
  const rows = lines.filter((line) => {
    const cells = line.split('\t');
    return cells.length >= 3 || (cells.length === 2 && cells.some((cell) => numericCell.test(cell.trim())));
  });
  return rows.length >= 3 && rows.length >= lines.length * 0.6;
}
