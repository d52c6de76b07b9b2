import { generateText, Output, type LanguageModel } from 'ai';
import { z } from 'zod';
import type { HeadingChooser } from '@/lib/rulebooks/types';

const headingsSchema = z.object({
  headings: z
    .array(z.object({ title: z.string().min(1).max(200), page: z.number().int().positive(), depth: z.number().int().min(0).max(2) }))
    .max(2_000),
});

/**
 * The structure of a rulebook without an outline, with a model's help: it
 * picks the real chapter and section headings among the heading-like lines
 * the layout offers. Its answer is untrusted: the reading thread keeps a
 * heading only if that line is on that page, and the layout's own reading
 * when too little of the answer holds (see structureFromHeadings). A model
 * that fails leaves the layout's reading too.
 */
export function modelHeadingChooser(model: LanguageModel): HeadingChooser {
  return async ({ title, pageCount, candidates }, abortSignal) => {
    try {
      const result = await generateText({
        model,
        output: Output.object({ schema: headingsSchema }),
        instructions:
          'You find the structure of a tabletop role-playing rulebook. From the candidate lines, list the chapter (depth 0), ' +
          'section (depth 1) and subsection (depth 2) headings in reading order, each with its page, copying each title exactly. ' +
          'Leave out running headers, table cells, captions and emphasised words inside paragraphs.',
        prompt: `Rulebook: ${title ?? 'untitled'}, ${pageCount} pages.\nCandidate lines:\n${candidates.join('\n')}`,
        maxRetries: 1,
        abortSignal,
      });
      return headingsSchema.parse(result.output).headings;
    } catch (error) {
      console.warn('[rulebooks] the model could not read the structure; keeping the layout reading:', (error as Error).message);
      return null;
    }
  };
}
