import type { RulebookSection } from '@/lib/rulebooks/types';

/** Sections as an import hands them to the parser: a title and its text, one page each, in reading order. */
export function sections(...entries: Array<[title: string, text: string]>): RulebookSection[] {
  return entries.map(([title, text], i) => ({
    id: `s-${i}`,
    title,
    kind: 'section',
    depth: 2,
    parentId: null,
    pageStart: 10 + i,
    pageEnd: 10 + i,
    text,
    pageOffsets: [{ page: 10 + i, offset: 0 }],
  }));
}
