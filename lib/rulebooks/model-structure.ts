import { generateText, Output, type LanguageModel } from 'ai';
import { z } from 'zod';
import { analyseStructure, normalised } from './structure';
import type { ExtractedPdf, OutlineEntry, RulebookStructure } from './types';

const MAX_CANDIDATES = 600;

const headingsSchema = z.object({
  headings: z
    .array(z.object({ title: z.string().min(1).max(200), page: z.number().int().positive(), depth: z.number().int().min(0).max(2) }))
    .max(2_000),
});

/** Short lines that could be headings, with what tells them apart, for the model to choose from. */
function candidates(pdf: ExtractedPdf): string[] {
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
 * The structure of a rulebook without an outline, with a model's help: it
 * picks the real chapter and section headings among the heading-like lines
 * the layout offers. Its answer is untrusted: a heading counts only if that
 * line is on that page, and when too little of the answer holds, the layout's
 * own reading stands.
 */
export async function structureWithModel(model: LanguageModel, pdf: ExtractedPdf, abortSignal?: AbortSignal): Promise<RulebookStructure> {
  const layout = analyseStructure({ ...pdf, outline: null });
  const offered = candidates(pdf);
  if (offered.length === 0) return layout;
  let answer: z.infer<typeof headingsSchema>;
  try {
    const result = await generateText({
      model,
      output: Output.object({ schema: headingsSchema }),
      instructions:
        'You find the structure of a tabletop role-playing rulebook. From the candidate lines, list the chapter (depth 0), ' +
        'section (depth 1) and subsection (depth 2) headings in reading order, each with its page, copying each title exactly. ' +
        'Leave out running headers, table cells, captions and emphasised words inside paragraphs.',
      prompt: `Rulebook: ${pdf.title ?? 'untitled'}, ${pdf.pageCount} pages.\nCandidate lines:\n${offered.join('\n')}`,
      maxRetries: 1,
      abortSignal,
    });
    answer = headingsSchema.parse(result.output);
  } catch (error) {
    console.warn('[rulebooks] the model could not read the structure; keeping the layout reading:', (error as Error).message);
    return layout;
  }
  const onPage = new Map(pdf.pages.map((page) => [page.number, new Set(page.lines.map((l) => normalised(l.text)))]));
  const outline: OutlineEntry[] = answer.headings.filter((h) => onPage.get(h.page)?.has(normalised(h.title)));
  if (outline.length < 2 || outline.length < answer.headings.length / 2) return layout;
  return { ...analyseStructure({ ...pdf, outline }), source: 'model' };
}
