// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import { entryTitle, firstTagOf } from './list-entries.ts';
import { ranksBelow, typeOf, type Located } from './structure-lines.ts';

/** How many title lines must open their tags with a word before tags on a heading's baseline opening with it are read as tags. */
const MIN_USES = 2;
/** A name's tags are among the first lines to its right on its baseline; a page of thousands there is no list's. */
const MAX_BESIDE = 4;
/** A line of prose is longer; tags wrapped beside a name are a few words a line. */
const MAX_TAG_LINE_CHARS = 40;


/** Where, by page, lines longer than tags start (x to the point): the left edges of a page's columns of prose. */
type ProseStarts = Map<number, Set<number>>;

function proseStarts(lines: Located[]): ProseStarts {
  const starts: ProseStarts = new Map();
  for (const { page, line } of lines) {
    if (line.text.length <= MAX_TAG_LINE_CHARS) continue;
    const xs = starts.get(page) ?? new Set<number>();
    xs.add(Math.round(line.x));
    starts.set(page, xs);
  }
  return starts;
}

/**
 * Whether only short lines start where this one does on its page (within 2
 * points): tags sit beside a name, where a column of prose starts long lines
 * (the heading of one column shares its baseline with the text of the next).
 */
function onlyShortLinesAt(prose: ProseStarts, page: number, x: number): boolean {
  const xs = prose.get(page);
  return !xs || [-2, -1, 0, 1, 2].every((d) => !xs.has(Math.round(x) + d));
}

/** Tags set on the line's baseline, to its right, in another type: the index of that line, or -1. */
function tagsBeside(lines: Located[], at: number, knownTags: Map<string, number>, prose: ProseStarts): number {
  const { page, line } = lines[at]!;
  let seen = 0;
  for (let j = at + 1; j < lines.length && lines[j]!.page === page && seen < MAX_BESIDE; j++) {
    const beside = lines[j]!.line;
    if (Math.abs(beside.y - line.y) > beside.fontSize / 2 || beside.x <= line.x) continue;
    seen++;
    if (!ranksBelow(beside, line) || !/^\p{Lu}/u.test(beside.text)) continue;
    if (!onlyShortLinesAt(prose, page, beside.x)) continue;
    const tags = entryTitle(`Name\t${beside.text}`)?.tags;
    if (tags && (knownTags.get(firstTagOf(tags)) ?? 0) >= MIN_USES) return j;
  }
  return -1;
}

/** The heading's name, with a line it wraps onto in the same type beneath it: a word the typesetter broke is one word again. */
function wrappedName(lines: Located[], at: number, before: number): { name: string; lines: number } {
  const { line } = lines[at]!;
  const next = lines[at + 1]?.line;
  const wraps = at + 1 < before && next !== undefined && typeOf(next) === typeOf(line) && next.x === line.x && next.y - line.y < line.fontSize * 1.8;
  if (!wraps) return { name: line.text, lines: 1 };
  const broken = /\p{L}-$/u.test(line.text) && /^\p{Ll}/u.test(next.text);
  return { name: broken ? `${line.text.slice(0, -1)}${next.text}` : `${line.text} ${next.text}`, lines: 2 };
}

/**
 * An entry's name set in a heading's type, its tags on the same baseline to
 * its right in the body's ("Deep Elf Swordmas-" / "ter" in 14 pt bold, beside
 * "Group, Intelligent," in 11 pt), is a typesetting slip: read as a heading,
 * it would take the entries after it for its own. Where the tags open as
 * other title lines' tags do, the name and its tags become one title line in
 * the tags' type, as the book sets its other entries.
 */
export function joinSideTags(lines: Located[]): Located[] {
  const knownTags = new Map<string, number>();
  for (const { line } of lines) {
    const title = line.text.includes('\t') ? entryTitle(line.text) : null;
    if (title) knownTags.set(firstTagOf(title.tags), (knownTags.get(firstTagOf(title.tags)) ?? 0) + 1);
  }
  const prose = proseStarts(lines);
  const out: Located[] = [];
  const dropped = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (dropped.has(i)) continue;
    const located = lines[i]!;
    const beside = located.line.text.includes('\t') ? -1 : tagsBeside(lines, i, knownTags, prose);
    if (beside < 0) {
      out.push(located);
      continue;
    }
    const { name, lines: used } = wrappedName(lines, i, beside);
    const tags = lines[beside]!.line;
    if (!entryTitle(`${name}\t${tags.text}`)) {
      out.push(located);
      continue;
    }
    out.push({ ...located, line: { ...tags, x: located.line.x, y: located.line.y, text: `${name}\t${tags.text}` } });
    for (let k = 1; k < used; k++) dropped.add(i + k);
    dropped.add(beside);
  }
  return out;
}
