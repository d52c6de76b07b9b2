// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import { pageAt } from '../chunk.ts';
import { monsterHeader, spellHeader } from '../entry-headers.ts';
import type { RulebookSection } from '../types.ts';

/** A line of the chosen text in reading order: a section's title, or a line of its text (empty between paragraphs). */
export type ContentLine = { text: string; page: number; heading: boolean };

/** A monster or spell found by its shape: its name, the page the name is on, and its lines from the one under the name. */
export type FoundEntry = { kind: 'monster' | 'spell'; name: string; page: number; lines: string[] };

/** The chosen sections as one run of lines, each section's title before its text, as the book reads. */
export function contentLines(sections: readonly RulebookSection[]): ContentLine[] {
  const lines: ContentLine[] = [];
  for (const section of sections) {
    lines.push({ text: section.title, page: section.pageStart, heading: true });
    let offset = 0;
    for (const text of section.text.split('\n')) {
      for (const part of unjoined(text.trim())) lines.push({ text: part, page: pageAt(section, offset), heading: false });
      offset += text.length + 1;
    }
  }
  return lines;
}

/** A header the layout ran together with the line under it ("Large undead, lawful evil Armor Class 17 (plate)", "1st-level evocation Classes: Wizard") is two lines. */
function unjoined(text: string): string[] {
  const joined = /^(.*?) (?=Armor Class \d|Casting Time:|Class(?:es)?:)/.exec(text);
  // Leaders the typesetter drew as bullets ("Conjuration cantrip • • • Classes: ...") are no part of the header.
  const header = joined?.[1]!.replace(/[\s\u2022]+$/, '');
  if (!joined || !header || !(monsterHeader.test(header) || spellHeader.test(header))) return [text];
  return [header, text.slice(joined[0].length)];
}

/** Words a stat block or spell entry has near its top, which prose that merely looks like a header lacks. */
const confirmation = { monster: /^Armor Class\b/i, spell: /^Casting Time\b/i };
const CONFIRM_WITHIN = 8;

/** Section titles that divide a stat block rather than end it. */
const blockParts = /^(?:actions|bonus actions|reactions|legendary actions|lair actions|traits)$/i;

function kindAt(lines: readonly ContentLine[], index: number): FoundEntry['kind'] | null {
  const text = lines[index]!.text;
  const kind = monsterHeader.test(text) ? 'monster' : spellHeader.test(text) ? 'spell' : null;
  if (!kind) return null;
  for (let i = index + 1; i < lines.length && i <= index + CONFIRM_WITHIN; i++) {
    if (confirmation[kind].test(lines[i]!.text)) return kind;
  }
  return null;
}

/** Letters that divide a bestiary alphabetically ("A", "B"), which interrupt entries rather than name them. */
const isDivider = (line: ContentLine) => line.heading && line.text.replace(/[^\p{L}]/gu, '').length <= 2;

/** A name is a short line, capitalised, that does not end a sentence. */
function looksLikeName(text: string): boolean {
  return text.length >= 2 && text.length <= 80 && /^\p{Lu}/u.test(text) && !/[.:;,]$/.test(text) && text.split(' ').length <= 8 && !text.includes('\t');
}

/** The line naming the entry whose header is at `index`: the nearest line above that reads as a name. */
function nameIndex(lines: readonly ContentLine[], index: number, floor: number): number | null {
  for (let i = index - 1; i >= floor; i--) {
    const line = lines[i]!;
    if (line.text === '' || isDivider(line)) continue;
    return looksLikeName(line.text) ? i : null;
  }
  return null;
}

/**
 * Where each entry ends: before the next entry's name, or at a section title
 * once the entry has what makes it whole (a stat block's challenge, a spell's
 * duration and some text). A title earlier than that (an outline entry
 * placed in the middle of a block) is passed over, and so are titles that
 * divide a stat block (Actions) or a bestiary (A, B).
 */
function entryLines(lines: readonly ContentLine[], kind: FoundEntry['kind'], from: number, to: number): string[] {
  const completing = kind === 'monster' ? /\bChallenge \d/ : /\bDuration:/;
  const kept: string[] = [];
  let completed = false;
  let whole = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const divides = isDivider(line) || blockParts.test(line.text);
    if (line.heading && !divides && whole) break;
    if (line.heading && !blockParts.test(line.text)) continue;
    kept.push(line.text);
    if (completed && line.text) whole = true;
    if (completing.test(line.text)) completed = true;
  }
  while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
  return kept;
}

/** Every stat block and spell entry in the lines, by the shape of its header and the line that confirms it. */
export function findEntries(lines: readonly ContentLine[]): FoundEntry[] {
  const starts: Array<{ kind: FoundEntry['kind']; header: number; name: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const kind = kindAt(lines, i);
    if (!kind) continue;
    const floor = starts.length ? starts[starts.length - 1]!.header + 1 : 0;
    const name = nameIndex(lines, i, floor);
    if (name !== null) starts.push({ kind, header: i, name });
  }
  return starts.map((start, k) => {
    const end = starts[k + 1]?.name ?? lines.length;
    const nameLine = lines[start.name]!;
    return { kind: start.kind, name: nameLine.text, page: nameLine.page, lines: entryLines(lines, start.kind, start.header, end) };
  });
}
