// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import { entryTitle } from './list-entries.ts';
import { typeOf, type Located } from './structure-lines.ts';
import type { PdfLine } from './types.ts';

/** How many title lines must end in the same tags before a line without its gap is read as one of them. */
const MIN_USES = 2;
/** Longer lines are prose: a title line is a name and a few tags. */
const MAX_TITLE_CHARS = 90;
/** One word after a name is as likely the name's own last word ("Faerie Fire") as a tag. */
const MIN_TAG_WORDS = 2;

const styleKey = (line: PdfLine, spacedTags: string) => `${typeOf(line)}|${spacedTags}`;

/**
 * A list's title lines part an entry's name from its tags with a wide gap,
 * which the reader turns into a tab ("Hold Person⇥Level 3"): that is how an
 * entry is told from prose and from a heading. A long name leaves the gap no
 * wider than a space ("Cure Moderate Wounds Level 3"), and the line would
 * read as a bold heading that takes the entries after it for its own. Where
 * lines in the same type end in the same tags after a tab at least twice, a
 * line of a name followed by those tags gets its tab back.
 */
export function restoreEntryTabs(lines: Located[]): Located[] {
  const uses = new Map<string, { tags: string; count: number }>();
  for (const { line } of lines) {
    const title = line.text.includes('\t') ? entryTitle(line.text) : null;
    const spaced = title?.tags.replace(/\t/g, ' ');
    if (!title || !spaced || spaced.split(' ').length < MIN_TAG_WORDS) continue;
    const key = styleKey(line, spaced);
    const known = uses.get(key);
    if (known) known.count++;
    else uses.set(key, { tags: title.tags, count: 1 });
  }
  const tagsOf = new Map([...uses].filter(([, use]) => use.count >= MIN_USES).map(([key, use]) => [key, use.tags]));
  if (tagsOf.size === 0) return lines;
  return lines.map((located) => {
    const { line } = located;
    if (line.text.includes('\t') || line.text.length > MAX_TITLE_CHARS) return located;
    const words = line.text.split(' ');
    for (let at = 1; at < words.length; at++) {
      const tags = tagsOf.get(styleKey(line, words.slice(at).join(' ')));
      if (tags === undefined) continue;
      const restored = `${words.slice(0, at).join(' ')}\t${tags}`;
      if (entryTitle(restored)) return { ...located, line: { ...line, text: restored } };
    }
    return located;
  });
}
