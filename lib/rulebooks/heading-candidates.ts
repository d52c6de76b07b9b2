// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import { normalised } from './outline-headings.ts';
import { analyseStructure } from './structure.ts';
import type { ExtractedPdf, OutlineEntry, RulebookStructure } from './types.ts';

const MAX_CANDIDATES = 600;

/** Short lines that could be headings, with what tells them apart, for a model to choose from. */
export function headingCandidates(pdf: ExtractedPdf): string[] {
  const lines = pdf.pages.flatMap((page) =>
    page.lines
      .filter((line) => line.text.length <= 90 && !/[.,;:]$/.test(line.text.trim()) && /[A-Za-z]/.test(line.text))
      .map((line) => ({ page: page.number, line })),
  );
  const sizes = lines.map(({ line }) => line.fontSize).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 0;
  // Larger and bold lines first: if the list must be cut, keep the likeliest headings.
  return lines
    .map(({ page, line }) => ({ page, line, weight: (line.fontSize - body) * 2 + (line.bold ? 1 : 0) }))
    .filter((c) => c.weight > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_CANDIDATES)
    .sort((a, b) => a.page - b.page || a.line.y - b.line.y)
    .map(({ page, line }) => `p${page} size ${line.fontSize.toFixed(1)}${line.bold ? ' bold' : ''}: ${line.text.trim()}`);
}

/**
 * The structure by the headings a model chose among the candidates. The
 * answer is untrusted: a heading counts only if that line is on that page,
 * and when too little of the answer holds, there is none (the layout's own
 * reading stands).
 */
export function structureFromHeadings(pdf: ExtractedPdf, headings: OutlineEntry[]): RulebookStructure | null {
  const onPage = new Map(pdf.pages.map((page) => [page.number, new Set(page.lines.map((l) => normalised(l.text)))]));
  const outline = headings.filter((h) => onPage.get(h.page)?.has(normalised(h.title)));
  if (outline.length < 2 || outline.length < headings.length / 2) return null;
  return { ...analyseStructure({ ...pdf, outline }), source: 'model' };
}
