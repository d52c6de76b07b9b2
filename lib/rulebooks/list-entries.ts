// Runs inside the parse worker: see pdf-text.ts on its imports and syntax.

/** A stretch of a section's text: one entry (a spell, a move, a monster, an item) or the text before the first. */
export type ListEntry = { start: number; end: number; title: string | null };

/**
 * A line that names an entry and gives its tags beside the name, as a book
 * lays out its lists: "Alarm⇥Level 1", "Goblin⇥Horde, Small",
 * "Poultices and Herbs⇥2 uses, slow, 10 coins". The reader puts a tab where
 * a wide gap parts the name from its tags on one line. The name is one to six
 * capitalised words (short linking words between), not all capitals: "STR⇥DEX"
 * heads a stat block's table.
 */
const titleLine = /^(\p{Lu}[\p{L}\p{N}'\u2019-]*(?: +(?:of|the|and|with|a|an|to|in|on|for|from|or|at|by|[\p{Lu}\p{N}][\p{L}\p{N}'\u2019-]*)){0,5})\t(.{1,60})$/u;
const allCapitals = /^[\p{Lu}\p{N}\s'\u2019-]+$/u;
/**
 * Tags that are only a number ("Normal⇥300") or start with punctuation
 * ("Elf⇥:⇥Throndir, ...") are a table's row; tags that start in lower case
 * ("When⇥you⇥would⇥deal") are a sentence set with wide gaps.
 */
const notTags = /^(?:[\d\s.,/–—-]+|\p{P}.*|\p{Ll}.*)$/u;

/** An entry shorter than this after its title is a row of a table, not a rule of its own. */
const minBodyChars = 60;
/** How much of an entry's start is read to tell a table (rows of tabbed cells) from an entry's text. */
const openingChars = 240;
/** A sentence's end: a word, then its stop. A table's rows and a list of names have none. */
const sentenceEnd = /\p{Ll}{2}[.!?]/u;

/**
 * Whether what follows a title line is an entry's text: long enough, with a
 * sentence in it, and not opening as a table does, line after line of tabbed
 * cells ("Item⇥Cost" heads the rows "Mug⇥4 cp", "Gallon⇥2 sp").
 */
function isEntryBody(body: string): boolean {
  const text = body.trim();
  if (text.length < minBodyChars || !sentenceEnd.test(text)) return false;
  const opening = text.slice(0, openingChars);
  const tabbed = opening.split('\n').filter((line) => line.includes('\t')).reduce((sum, line) => sum + line.length, 0);
  return tabbed < opening.length / 2;
}

type Title = { start: number; end: number; name: string; firstTag: string; alone: boolean };

/** A title line's first tag, in any case and without its comma: "Solitary" of "Hydra⇥Solitary, Large". */
export const firstTagOf = (tags: string) => tags.trim().split(/[\s,]+/)[0]!.toLowerCase();

/**
 * How many title lines standing alone as paragraphs must open their tags with
 * a word before a title line run on into its text may open with it too.
 */
const MIN_ALONE_WITH_TAG = 2;

/** A line's entry name and tags, when it is shaped as an entry's title line (see titleLine). */
export function entryTitle(line: string): { name: string; tags: string } | null {
  const shape = titleLine.exec(line.trim());
  if (!shape || allCapitals.test(shape[1]!) || notTags.test(shape[2]!.trim())) return null;
  return { name: shape[1]!.trim(), tags: shape[2]! };
}

/** The title lines of a text: each the first line of a paragraph, shaped as above; `alone` when it is the whole paragraph. */
function titleLines(text: string): Title[] {
  const titles: Title[] = [];
  for (const match of text.matchAll(/(?:^|\n\n)([^\n]+)(?=(\n\n|\n|$))/g)) {
    const line = match[1]!;
    const title = entryTitle(line);
    if (!title) continue;
    const start = match.index + match[0].length - line.length;
    titles.push({ start, end: start + line.length, name: title.name, firstTag: firstTagOf(title.tags), alone: match[2] !== '\n' });
  }
  return titles;
}

/** How many title lines standing alone open their tags with each word. */
export type AloneTitleTags = Map<string, number>;

/** The AloneTitleTags of the given texts (a book's sections). */
export function aloneTitleTags(texts: string[]): AloneTitleTags {
  const counts: AloneTitleTags = new Map();
  for (const text of texts) for (const title of titleLines(text)) if (title.alone) counts.set(title.firstTag, (counts.get(title.firstTag) ?? 0) + 1);
  return counts;
}

/**
 * The title lines that open entries. A title line is most often a paragraph
 * of its own; one run on into its text ("Hydra⇥Solitary, Large" then "Bite
 * (d10+3 damage)⇥16 HP") is as often a table's head ("Dragon⇥Damage Type"
 * then its rows), and is taken only when its first tag opens the tags of
 * lines standing alone in the same book ("Solitary" is the size of many
 * monsters; "Damage" opens nothing else).
 */
function openingTitles(text: string, aloneTags: AloneTitleTags): Title[] {
  return titleLines(text).filter((title) => title.alone || (aloneTags.get(title.firstTag) ?? 0) >= MIN_ALONE_WITH_TAG);
}

/**
 * A section's text cut into its entries, each from its title line to the
 * next: a book's list of spells or monsters is a section of many rules, and a
 * passage that ends on "Telepathy⇥Level 1" while the spell's text begins the
 * next one answers nothing. Each entry then becomes passages of its own under
 * its own title, so the rule a question names is found by its name. A text
 * with no such lines is one stretch with no title. `aloneTags` are the whole
 * book's (see aloneTitleTags), this text's alone by default.
 */
export function listEntries(text: string, aloneTags: AloneTitleTags = aloneTitleTags([text])): ListEntry[] {
  const titles = openingTitles(text, aloneTags).filter((title, i, all) => isEntryBody(text.slice(title.end, all[i + 1]?.start ?? text.length)));
  const entries: ListEntry[] = [];
  const first = titles[0]?.start ?? text.length;
  if (text.slice(0, first).trim()) entries.push({ start: 0, end: first, title: null });
  titles.forEach((title, i) => entries.push({ start: title.start, end: titles[i + 1]?.start ?? text.length, title: title.name }));
  return entries;
}
