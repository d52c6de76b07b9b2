// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import { bodySize } from './layout-headings.ts';
import { monsterHeader } from './entry-headers.ts';
import { ranksBelow, typeOf, type Heading, type Located } from './structure-lines.ts';

/** How many bookmarked headings must be set in a type before a line in it is taken for a heading the bookmarks left out. */
const MIN_USES = 10;
/** A heading is a name: a few words, not a sentence. */
const MAX_WORDS = 8;
const MAX_CHARS = 60;
/** A title set more often is a part of every entry ("Actions" in each stat block), not a section. */
const MAX_REPEATS = 3;


/** The types the bookmarked headings found on their pages are set in, at least MIN_USES times, and not the body's. */
function headingTypes(lines: Located[], headings: Heading[]): Set<string> {
  const body = bodySize(lines);
  const uses = new Map<string, number>();
  for (const heading of headings) {
    const line = lines[heading.start]?.line;
    if (!line || heading.bodyStart <= heading.start || !(line.bold || line.fontSize > body * 1.15)) continue;
    uses.set(typeOf(line), (uses.get(typeOf(line)) ?? 0) + 1);
  }
  return new Set([...uses].filter(([, count]) => count >= MIN_USES).map(([type]) => type));
}

/** A line standing alone as a heading does: a short name in that type, the lines around it in another. */
function standsAsHeading(lines: Located[], i: number): boolean {
  const { text } = lines[i]!.line;
  const type = typeOf(lines[i]!.line);
  const around = [lines[i - 1], lines[i + 1]].filter((l) => l !== undefined);
  return (
    text.length <= MAX_CHARS &&
    text.split(' ').length <= MAX_WORDS &&
    /^\p{Lu}/u.test(text) &&
    !/[.,;:]$/.test(text) &&
    !text.includes('\t') &&
    around.every((l) => typeOf(l.line) !== type)
  );
}

/** The statistics' closing fields: what follows them is a creature's traits, or the text of what holds it. */
const CLOSING_FIELD = /^(Languages|Challenge)\b/;
/** How far right of a column's margin a paragraph's first line starts, at most, where the next column is much further. */
const MAX_INDENT = 30;

/**
 * Where the text of an entry resumes after a creature's statistics printed
 * inside it (the SRD's Giant Fly, then the figurines after it): the line
 * after the statistics' closing fields, when it opens an indented paragraph
 * as the entry's paragraphs do. A stat block's traits start at its margin,
 * so a block that goes on with them has no such line.
 */
function statsEnd(lines: Located[], header: number, end: number): number | null {
  const margin = lines[header + 1]?.line.x;
  let closing = -1;
  for (let k = header + 2; k < end; k++) {
    if (CLOSING_FIELD.test(lines[k]!.line.text)) closing = k;
    else if (closing >= 0) break;
  }
  const next = lines[closing + 1];
  if (margin === undefined || closing < 0 || closing + 1 >= end || next === undefined) return null;
  const indent = next.line.x - margin;
  return indent > 2 && indent <= MAX_INDENT ? closing + 1 : null;
}

/**
 * A book's bookmarks do not always mark every heading: the SRD 5.1 has none
 * for Critical Hits, Damage Types, the Behir or Antipathy/Sympathy. Such a
 * heading is left inside the text of the section before it, where its title
 * counts for nothing. A line set in the type of at least MIN_USES bookmarked
 * headings and standing alone as they do (see standsAsHeading) becomes a
 * heading, unless its title recurs as a part of every entry does or no text
 * follows it. It is beneath the section it is found in when set in lesser
 * type, its sibling when in the same, else at the depth of the last heading
 * set in its type; never above the bookmarked heading after it, which it
 * would take for its own. A creature's statistics printed inside an entry
 * of another kind (the SRD's Giant Fly, inside Figurine of Wondrous Power)
 * are beneath that entry, though their name is set as the entries' are, and
 * the entry's text after them is the entry's again (see statsEnd).
 */
export function withUnmarkedHeadings(lines: Located[], headings: Heading[]): Heading[] {
  const types = headingTypes(lines, headings);
  if (types.size === 0) return headings;
  const marked = new Set<number>();
  for (const heading of headings) for (let i = heading.start; i < Math.max(heading.bodyStart, heading.start + 1); i++) marked.add(i);
  const candidates = lines.flatMap((located, i) => (!marked.has(i) && types.has(typeOf(located.line)) && standsAsHeading(lines, i) ? [i] : []));
  const repeats = new Map<string, number>();
  for (const i of candidates) repeats.set(lines[i]!.line.text.trim(), (repeats.get(lines[i]!.line.text.trim()) ?? 0) + 1);
  const unmarked = new Set(candidates.filter((i) => repeats.get(lines[i]!.line.text.trim())! <= MAX_REPEATS));
  const order = headings.map((_, i) => i).sort((a, b) => headings[a]!.start - headings[b]!.start || a - b);
  const added = new Map<number, Heading[]>();
  const depthOfType = new Map<string, number>();
  for (let k = 0; k < order.length; k++) {
    const at = order[k]!;
    const holder = headings[at]!;
    const holderLine = lines[holder.start]?.line;
    if (holderLine && holder.bodyStart > holder.start) depthOfType.set(typeOf(holderLine), holder.depth);
    const end = k + 1 < order.length ? headings[order[k + 1]!]!.start : lines.length;
    const floor = headings[at + 1]?.depth ?? 1;
    for (let i = holder.bodyStart; i < end; i++) {
      // A heading with nothing under it before the next one (a page's running title) names no text.
      if (!unmarked.has(i) || i + 1 >= end) continue;
      const { line, page } = lines[i]!;
      const statsInside = monsterHeader.test(lines[i + 1]!.line.text) && !monsterHeader.test(lines[holder.bodyStart]?.line.text ?? '');
      const depth = !holderLine || statsInside || ranksBelow(line, holderLine) ? holder.depth + 1 : typeOf(holderLine) === typeOf(line) ? holder.depth : (depthOfType.get(typeOf(line)) ?? holder.depth);
      added.set(at, [...(added.get(at) ?? []), { title: line.text.trim(), depth: Math.max(depth, floor), page, start: i, bodyStart: i + 1 }]);
      depthOfType.set(typeOf(line), depth);
      const resumes = statsInside ? statsEnd(lines, i, end) : null;
      // The entry goes on under its own name, a heading with no line of its own.
      if (resumes !== null) added.get(at)!.push({ title: holder.title, depth: Math.max(holder.depth, floor), page: lines[resumes]!.page, start: resumes, bodyStart: resumes });
    }
  }
  return headings.flatMap((heading, at) => [heading, ...(added.get(at) ?? [])]);
}
