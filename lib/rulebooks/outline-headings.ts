// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import { distance } from 'fastest-levenshtein';
import type { Heading, Located } from './structure-lines.ts';
import type { OutlineEntry } from './types.ts';

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
 * after the previous heading. A bookmark misspelt ("Lighning Bolt", "Magic
 * Missle") is found by the line it nearly spells when none spells it
 * exactly, and takes that line's spelling.
 * A title that cannot be found (bookmarks are sometimes worded differently
 * from the page: "U" for "Monsters (U)") starts where the next heading found
 * on its page starts, holding no text of its own: placed at the top of the
 * page, or after the heading before it, it would take the end of the entry
 * before it (a spell's "At Higher Levels", the Troll's whole stat block).
 * With no heading found after it on its page, it starts at the top of its
 * page, and never before the previous heading.
 */
export function outlineHeadings(lines: Located[], outline: OutlineEntry[]): Heading[] {
  const pageStarts: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) pageStarts[lines[i]!.page] = i;
  const firstLineOfPage = (page: number) => {
    for (let p = Math.max(page, 1); p < pageStarts.length; p++) if (pageStarts[p] !== undefined) return pageStarts[p]!;
    return lines.length;
  };
  const texts = lines.map(({ line }) => normalised(line.text));
  const headings: Heading[] = [];
  const found: boolean[] = [];
  const taken = new Set<number>();
  let cursor = 0;
  for (const entry of outline) {
    const pageStart = firstLineOfPage(entry.page);
    const from = Math.max(cursor, pageStart);
    const pageEnd = firstLineOfPage(entry.page + 1);
    const exact = titleMatches(texts, pageStart, pageEnd, entry.title).filter((m) => !taken.has(m.start));
    const near = exact.length > 0 ? [] : nearMatches(texts, pageStart, pageEnd, entry.title).filter((m) => !taken.has(m.start));
    const matches = exact.length > 0 ? exact : near;
    const match = matches.sort((a, b) => likeness(lines, b, cursor) - likeness(lines, a, cursor) || a.start - b.start)[0];
    const start = match?.start ?? from;
    const bodyStart = match?.bodyStart ?? from;
    if (match) taken.add(match.start);
    // The page spells the title as the book means it; a misspelt bookmark would be searched by its typo.
    const title = match && near.includes(match) ? lines[match.start]!.line.text.trim() : entry.title;
    headings.push({ title, depth: entry.depth + 1, page: entry.page, start, bodyStart });
    found.push(match !== undefined);
    cursor = Math.max(cursor, bodyStart);
  }
  return beforeNextFound(headings, found, lines);
}

/**
 * Each heading not found on its page moved to where the next heading found
 * after it starts (see outlineHeadings): on its page, or later when a heading
 * found before it on its page holds the text where it would start (the SRD's
 * "Table: Flaws", printed "d6 Flaw", had taken the whole of "Suggested
 * Characteristics" and the three tables before it).
 */
function beforeNextFound(headings: Heading[], found: boolean[], lines: Located[]): Heading[] {
  const foundBefore: Array<Heading | undefined> = [];
  let last: Heading | undefined;
  headings.forEach((heading, i) => {
    foundBefore[i] = last;
    if (found[i]) last = heading;
  });
  let next: Heading | undefined;
  for (let i = headings.length - 1; i >= 0; i--) {
    const heading = headings[i]!;
    if (found[i]) {
      next = heading;
      continue;
    }
    const earlierOnPage = foundBefore[i] !== undefined && lines[foundBefore[i]!.start]?.page === heading.page;
    if (next && next.start >= heading.start && (lines[next.start]?.page === heading.page || earlierOnPage)) headings[i] = { ...heading, start: next.start, bodyStart: next.start };
  }
  return headings;
}

type TitleMatch = { start: number; bodyStart: number; runIn: boolean };

/** How much a match looks like the heading: whole lines over run-in text, then larger, then bold type, then not going back. */
function likeness(lines: Located[], match: TitleMatch, cursor: number): number {
  const { fontSize, bold } = lines[match.start]!.line;
  return (match.runIn ? 0 : 10_000) + fontSize * 10 + (bold ? 5 : 0) + (match.start >= cursor ? 1 : 0);
}

/** A bookmark's title and, without its "Table:" or "Sidebar:", the title the page gives it. */
function wantedTitles(title: string): string[] {
  return [normalised(title), normalised(title.replace(/^(?:table|side\w*)\s*:?\s*/i, ''))].filter(Boolean);
}

/**
 * How many letters a bookmark may get wrong and still name its line: none in
 * a short title, where one letter makes another word, and none past a
 * heading's length, where comparing every line would cost a hostile file's
 * thousands of bookmarks seconds.
 */
const typosAllowed = (title: string) => (title.length > 90 ? 0 : title.length >= 10 ? 2 : title.length >= 5 ? 1 : 0);

/** Whole lines that spell the title but for a typo or two. */
function nearMatches(texts: string[], from: number, to: number, title: string): TitleMatch[] {
  const wanted = wantedTitles(title);
  const matches: TitleMatch[] = [];
  for (let i = from; i < to; i++) {
    const line = texts[i]!;
    if (wanted.some((w) => typosAllowed(w) > 0 && Math.abs(w.length - line.length) <= typosAllowed(w) && distance(w, line) <= typosAllowed(w))) {
      matches.push({ start: i, bodyStart: i + 1, runIn: false });
    }
  }
  return matches;
}

/** `texts` are the lines, normalised. */
function titleMatches(texts: string[], from: number, to: number, title: string): TitleMatch[] {
  const wanted = wantedTitles(title);
  const matches: TitleMatch[] = [];
  for (let i = from; i < to; i++) {
    const text = texts[i]!;
    let joined = text;
    for (let j = i; j < Math.min(to, i + 3); j++) {
      if (j > i) joined = `${joined} ${texts[j]}`;
      if (wanted.includes(joined)) matches.push({ start: i, bodyStart: j + 1, runIn: false });
      if (!wanted.some((w) => w.startsWith(joined))) break;
    }
    // A run-in heading ("Prone. A prone creature...", "Lawful good (LG) creatures...") shares its line with the text.
    if (wanted.some((w) => text.startsWith(w) && /^(?:[.:]| \()/.test(text.slice(w.length)))) matches.push({ start: i, bodyStart: i, runIn: true });
  }
  return matches;
}
