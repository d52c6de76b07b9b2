import { aloneTitleTags, listEntries } from './list-entries.ts';
import { tableRowNames } from './table-rows.ts';
import type { RuleChunk, RulebookSection, RulebookStructure } from './types';

/** Long enough to hold a rule with its conditions, short enough that retrieval finds the rule and not the chapter. */
const minChars = 600;
const maxChars = 1000;
/** A sentence repeated at the start of the next chunk when a paragraph had to be cut, so neither half loses its context. */
const maxOverlapChars = 250;

/**
 * The sections to import: those chosen and everything under them, since
 * ticking a chapter means its sections too. Null chooses the whole book.
 */
export function selectSections(structure: RulebookStructure, selectedIds: Set<string> | null): RulebookSection[] {
  if (selectedIds === null) return structure.sections;
  const chosen = new Set<string>();
  // Parents come before their children, so one pass sees every ancestor first.
  for (const section of structure.sections) {
    if (selectedIds.has(section.id) || (section.parentId !== null && chosen.has(section.parentId))) chosen.add(section.id);
  }
  return structure.sections.filter((section) => chosen.has(section.id));
}

/**
 * A book's contents and index only name pages: never a rule, they match every
 * question's words and would crowd out the rules themselves.
 */
const pageListTitle = /^(?:(?:table of )?contents|index)$/i;

/**
 * Passages of the chosen sections, split at paragraphs, then sentences, never
 * across sections nor across the entries of a list (see list-entries.ts): an
 * entry's passages are headed by its title under its section's.
 */
export function chunkSections(structure: RulebookStructure, selectedIds: Set<string> | null): RuleChunk[] {
  const byId = new Map(structure.sections.map((section) => [section.id, section]));
  const chunks: RuleChunk[] = [];
  const aloneTags = aloneTitleTags(structure.sections.map((section) => section.text));
  for (const section of selectSections(structure, selectedIds)) {
    if (pageListTitle.test(section.title.trim())) continue;
    const sectionHeading = headingPath(section, byId);
    for (const entry of listEntries(section.text, aloneTags)) {
      const heading = entry.title === null ? sectionHeading : `${sectionHeading} › ${entry.title}`;
      for (const { start, end } of passages(section.text, entry)) {
        const text = section.text.slice(start, end);
        chunks.push({
          ordinal: chunks.length,
          sectionId: section.id,
          heading,
          pageStart: pageAt(section, start),
          pageEnd: pageAt(section, end - 1),
          text,
          rowNames: tableRowNames(text),
        });
      }
    }
  }
  return chunks;
}

function headingPath(section: RulebookSection, byId: Map<string, RulebookSection>): string {
  const titles: string[] = [];
  for (let s: RulebookSection | undefined = section; s; s = s.parentId ? byId.get(s.parentId) : undefined) titles.unshift(s.title);
  return titles.join(' › ');
}

/** The page an offset of the section's text is on. */
export function pageAt(section: RulebookSection, offset: number): number {
  let page = section.pageStart;
  for (const entry of section.pageOffsets) {
    if (entry.offset > offset) break;
    page = entry.page;
  }
  return page;
}

type Span = { start: number; end: number };
type Unit = Span & { endsParagraph: boolean };

/**
 * Packs sentences into chunks: a chunk closes at the first paragraph end
 * once it is long enough, or before the sentence that would make it too long.
 */
function passages(text: string, within: Span): Span[] {
  const units = splitUnits(text, within);
  const result: Span[] = [];
  let first = 0;
  for (let i = 0; i < units.length; i++) {
    const unit = units[i]!;
    if (i > first && unit.end - units[first]!.start > maxChars) {
      result.push({ start: units[first]!.start, end: units[i - 1]!.end });
      const last = units[i - 1]!;
      const overlap = i - 1 > first && !last.endsParagraph && last.end - last.start <= maxOverlapChars;
      first = overlap && unit.end - last.start <= maxChars ? i - 1 : i;
    }
    if (unit.endsParagraph && unit.end - units[first]!.start >= minChars) {
      result.push({ start: units[first]!.start, end: unit.end });
      first = i + 1;
    }
  }
  if (first < units.length) result.push({ start: units[first]!.start, end: units[units.length - 1]!.end });
  return result;
}

/** Sentences (and lines: table rows, list items, labels) of each paragraph, none longer than a chunk. */
function splitUnits(text: string, within: Span): Unit[] {
  const units: Unit[] = [];
  for (const paragraph of spans(text, within, /\n{2,}/g)) {
    const pieces = spans(text, paragraph, /\n/g)
      .flatMap((line) => sentences(text, line))
      .flatMap((sentence) => (sentence.end - sentence.start > maxChars ? hardSplit(text, sentence) : [sentence]));
    pieces.forEach((piece, k) => units.push({ ...piece, endsParagraph: k === pieces.length - 1 }));
  }
  return units;
}

/** The non-blank stretches of `within` between matches of `separator`, trimmed. */
function spans(text: string, within: Span, separator: RegExp): Span[] {
  const result: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) result.push({ start, end });
  };
  let start = within.start;
  for (const match of text.slice(within.start, within.end).matchAll(separator)) {
    push(start, within.start + match.index);
    start = within.start + match.index + match[0].length;
  }
  push(start, within.end);
  return result;
}

const sentenceBoundary = /(?<=[.!?]["'\u201d\u2019)\]]?)\s+(?=["'\u201c\u2018(\[]?[\p{Lu}\p{N}•])/gu;
const abbreviations = new Set(['e.g.', 'i.e.', 'etc.', 'vs.', 'cf.', 'mr.', 'mrs.', 'dr.', 'st.', 'no.', 'fig.', 'p.', 'pp.']);

function sentences(text: string, line: Span): Span[] {
  const result: Span[] = [];
  const body = text.slice(line.start, line.end);
  let start = 0;
  for (const match of body.matchAll(sentenceBoundary)) {
    const word = /\S+$/.exec(body.slice(start, match.index))?.[0].toLowerCase() ?? '';
    if (abbreviations.has(word)) continue;
    result.push({ start: line.start + start, end: line.start + match.index });
    start = match.index + match[0].length;
  }
  result.push({ start: line.start + start, end: line.end });
  return result;
}

/** A run-on "sentence" (a long list, a table without row breaks) is cut at the last space that fits. */
function hardSplit(text: string, span: Span): Span[] {
  const result: Span[] = [];
  let start = span.start;
  while (span.end - start > maxChars) {
    const space = text.lastIndexOf(' ', start + maxChars);
    const cut = space > start ? space : start + maxChars;
    result.push({ start, end: cut });
    start = cut;
    while (start < span.end && text[start] === ' ') start++;
  }
  if (start < span.end) result.push({ start, end: span.end });
  return result;
}
