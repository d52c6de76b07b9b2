import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { RulebookError } from './errors';
import { readPdf, type MeasuredPage } from './pdf-reader';
import { readableSize } from './sizes';
import type { ExtractedPdf, PdfLine, PdfPage } from './types';

/** What one import may cost; the defaults leave real rulebooks far inside every limit. */
export const extractionDefaults = {
  maxBytes: 64 * 1024 * 1024,
  maxPages: 1500,
  /** The 403-page SRD 5.1 reads in about 2.4 s on two cores. */
  timeoutMs: 120_000,
  /** Per reading thread's heap; the SRD 5.1 reads within 32 MB. */
  maxMemoryMb: 512,
  /** Rulebooks' streams expand up to about 16 times; decompression bombs, hundreds of times. */
  maxExpansionRatio: 100,
  /** The SRD 5.1 expands to about 14 MB. */
  maxExpandedBytes: 128 * 1024 * 1024,
  /** On two cores a second thread takes a quarter off a book's time; each holds its own copy of the document, hence a cap. */
  threads: Math.min(4, availableParallelism()),
};

const optionsSchema = z.object({
  maxBytes: z.number().int().positive().default(extractionDefaults.maxBytes),
  maxPages: z.number().int().positive().default(extractionDefaults.maxPages),
  timeoutMs: z.number().int().positive().default(extractionDefaults.timeoutMs),
  maxMemoryMb: z.number().int().min(16).default(extractionDefaults.maxMemoryMb),
  maxExpansionRatio: z.number().min(2).default(extractionDefaults.maxExpansionRatio),
  maxExpandedBytes: z.number().int().positive().default(extractionDefaults.maxExpandedBytes),
  threads: z.number().int().positive().default(extractionDefaults.threads),
  onPage: z.custom<(done: number, total: number) => void>((value) => typeof value === 'function').optional(),
  signal: z.instanceof(AbortSignal).optional(),
});

export type ExtractOptions = z.input<typeof optionsSchema>;

/**
 * Reads a rulebook PDF's text layer: per page, lines with the size and weight
 * of their type (what later tells headings from body text), plus the PDF's own
 * outline and title. pdf.js runs in worker threads under time, memory and
 * expansion limits, so no file can hold up the calling thread. Fails with a
 * RulebookError a person can act on.
 */
export async function extractPdf(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedPdf> {
  const { maxBytes, maxPages, timeoutMs, maxMemoryMb, maxExpansionRatio, maxExpandedBytes, threads, onPage, signal } = optionsSchema.parse(options);
  if (bytes.length === 0) throw new RulebookError('empty', 'This file is empty.');
  if (!hasPdfSignature(bytes)) throw new RulebookError('not_pdf');
  if (bytes.length > maxBytes) {
    throw new RulebookError('too_large', `This PDF is ${readableSize(bytes.length)}; the limit is ${readableSize(maxBytes)}.`);
  }
  const read = await readPdf(bytes, {
    limits: { timeoutMs, maxMemoryMb, maxPages, expansion: { maxRatio: maxExpansionRatio, maxTotalBytes: maxExpandedBytes } },
    threads,
    onPage,
    signal,
  });
  const pages = withoutPageFurniture(read.pages);
  if (pages.every((page) => page.lines.length === 0)) throw new RulebookError('no_text');
  return { title: read.title, pageCount: read.pageCount, pages, outline: read.outline };
}

/** The header may follow some junk: readers accept it within the first kilobyte. */
function hasPdfSignature(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * Running headers, footers and page numbers: lines in the top or bottom
 * tenth of the page that recur, digits aside, at the same height on many
 * pages. They would otherwise interrupt sentences that cross a page.
 */
function withoutPageFurniture(pages: MeasuredPage[]): PdfPage[] {
  const inMargin = (line: PdfLine, height: number) => line.y < height * 0.1 || line.y > height * 0.9;
  const keyOf = (line: PdfLine) => `${Math.round(line.y / 6)}|${line.text.toLowerCase().replace(/\d+/g, '#')}`;
  const pagesWith = new Map<string, number>();
  for (const { page, height } of pages) {
    const keys = new Set(page.lines.filter((line) => inMargin(line, height)).map(keyOf));
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const threshold = Math.max(3, pages.length * 0.2);
  return pages.map(({ page, height }) => {
    const lines = page.lines.filter((line) => !inMargin(line, height) || (pagesWith.get(keyOf(line)) ?? 0) < threshold);
    return lines.length === page.lines.length ? page : { ...page, lines, text: lines.map((line) => line.text).join('\n') };
  });
}
