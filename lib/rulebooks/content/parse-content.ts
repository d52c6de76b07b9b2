// Runs inside the parsing worker: see pdf-text.ts on its imports and syntax.
import type { RuleVocabulary } from '../rule-module.ts';
import type { RulebookSection } from '../types.ts';
import { contentLines, findEntries, type FoundEntry } from './entries.ts';
import type { ParsedMonster, ParsedSpell, UnreadEntry } from './schema.ts';
import { parseSpellEntry } from './spell-entry.ts';
import { classesFromLists } from './spell-lists.ts';
import { parseStatBlock } from './stat-block.ts';

/** What the chosen sections hold as data: monsters, spells, and the entries found that could not be read. */
export type ParsedContent = { monsters: ParsedMonster[]; spells: ParsedSpell[]; unread: UnreadEntry[] };

/** At most this much of an entry goes to a model to read; the longest SRD stat blocks are about 6,000 characters. */
const UNREAD_TEXT_CHARS = 12_000;

function unread(entry: FoundEntry, reason: string): UnreadEntry {
  return { kind: entry.kind, name: entry.name.slice(0, 80), page: entry.page, text: entry.lines.join('\n').slice(0, UNREAD_TEXT_CHARS), reason };
}

/** The first of each name: a book that prints an entry twice (a summary and the full block) keeps the first it reads whole. */
function firstOfEach<T extends { id: string }>(records: T[]): T[] {
  const seen = new Set<string>();
  return records.filter((r) => !seen.has(r.id) && seen.add(r.id));
}

/**
 * The monsters and spells of the chosen sections, read from their text by
 * their layout: stat blocks and spell entries are found by their header
 * lines, then parsed field by field. Spells are read first, so a creature's
 * innate spells can be given their levels (the book's own, else the
 * engine's), and take the classes that class spell lists give them.
 */
export function parseContent(sections: readonly RulebookSection[], vocabulary: RuleVocabulary): ParsedContent {
  const entries = findEntries(contentLines(sections));
  const spells: ParsedSpell[] = [];
  const failed: UnreadEntry[] = [];
  for (const entry of entries.filter((e) => e.kind === 'spell')) {
    const parsed = parseSpellEntry(entry, { vocabulary, spellLevels: new Map() });
    if (parsed.ok) spells.push(parsed.value);
    else failed.push(unread(entry, parsed.reason));
  }
  const listed = classesFromLists(sections, spells);
  for (const spell of spells) spell.classes = [...new Set([...spell.classes, ...(listed.get(spell.id) ?? [])])].sort();
  // A bestiary imported alone names spells its sections do not define; the engine's own give their levels, the book's own first.
  const spellLevels = new Map([...Object.entries(vocabulary.spellLevels), ...spells.map((s): [string, number] => [s.id, s.level])]);
  const context = { vocabulary, spellLevels };
  const monsters: ParsedMonster[] = [];
  for (const entry of entries.filter((e) => e.kind === 'monster')) {
    const parsed = parseStatBlock(entry, context);
    if (parsed.ok) monsters.push(parsed.value);
    else failed.push(unread(entry, parsed.reason));
  }
  return { monsters: firstOfEach(monsters), spells: firstOfEach(spells), unread: failed };
}
