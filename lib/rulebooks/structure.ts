// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import { restoreEntryTabs } from './entry-tabs.ts';
import { layoutHeadings } from './layout-headings.ts';
import { joinSideTags } from './side-tags.ts';
import { outlineHeadings } from './outline-headings.ts';
import { withUnmarkedHeadings } from './unmarked-headings.ts';
import { assemble, textStyle, type TextStyle } from './section-text.ts';
import type { Heading, Located } from './structure-lines.ts';
import type { ExtractedPdf, RulebookSection, RulebookStructure } from './types.ts';

/**
 * Splits a rulebook into the chapters and sections a game master picks from.
 * The PDF's own bookmarks are the author's word on its structure, so they win;
 * without them, headings are read from the type: larger or bold short lines.
 */
export function analyseStructure(pdf: ExtractedPdf): RulebookStructure {
  const lines = joinSideTags(restoreEntryTabs(pdf.pages.flatMap((page) => page.lines.map((line): Located => ({ page: page.number, line })))));
  const useOutline = pdf.outline !== null && pdf.outline.length > 1;
  const style = textStyle(lines);
  const headings = useOutline ? withUnmarkedHeadings(lines, outlineHeadings(lines, pdf.outline ?? [])) : layoutHeadings(lines, style.words);
  return {
    title: pdf.title ?? coverTitle(pdf) ?? 'Untitled rulebook',
    pageCount: pdf.pageCount,
    source: useOutline ? 'outline' : 'layout',
    sections: toSections(lines, headings, pdf.pageCount, style),
  };
}

function coverTitle(pdf: ExtractedPdf): string | null {
  const cover = pdf.pages.find((page) => page.lines.length > 0);
  if (!cover) return null;
  return cover.lines.reduce((best, line) => (line.fontSize > best.fontSize ? line : best)).text;
}

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
