import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { bookText } from './book-text';
import { RulebookError } from './errors';
import { readPdfStructure, readPdfText, type ReadOptions } from './pdf-reader';
import { readableSize } from './sizes';
import type { ExtractedPdf, HeadingChooser, RulebookStructure } from './types';

/** What one import may cost; the defaults leave real rulebooks far inside every limit. */
export const extractionDefaults = {
  maxBytes: 64 * 1024 * 1024,
  maxPages: 1500,
  /** The 403-page SRD 5.1 reads in about 2 s on two cores. */
  timeoutMs: 120_000,
  /** Per reading thread's heap; the SRD 5.1 reads within 32 MB. */
  maxMemoryMb: 512,
  /** Rulebooks' streams expand up to about 16 times; decompression bombs, hundreds of times. */
  maxExpansionRatio: 100,
  /** The SRD 5.1 expands to about 14 MB. */
  maxExpandedBytes: 128 * 1024 * 1024,
  /** On two cores a second thread takes a fifth off a book's time; each holds its own copy of the document, hence a cap. */
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
  return bookText(await readPdfText(bytes, checked(bytes, options)));
}

/**
 * Reads a rulebook PDF as extractPdf does and analyses its structure (see
 * analyseStructure), all of it in worker threads: the calling thread, the
 * server's, only ever takes in the result. A PDF without an outline offers
 * its heading-like lines to `chooseHeadings` (a model) when there is one.
 */
export async function readRulebook(bytes: Uint8Array, options: ExtractOptions & { chooseHeadings?: HeadingChooser } = {}): Promise<RulebookStructure> {
  return readPdfStructure(bytes, { ...checked(bytes, options), chooseHeadings: options.chooseHeadings });
}

function checked(bytes: Uint8Array, options: ExtractOptions): ReadOptions {
  const { maxBytes, maxPages, timeoutMs, maxMemoryMb, maxExpansionRatio, maxExpandedBytes, threads, onPage, signal } = optionsSchema.parse(options);
  if (bytes.length === 0) throw new RulebookError('empty', 'This file is empty.');
  if (!hasPdfSignature(bytes)) throw new RulebookError('not_pdf');
  if (bytes.length > maxBytes) {
    throw new RulebookError('too_large', `This PDF is ${readableSize(bytes.length)}; the limit is ${readableSize(maxBytes)}.`);
  }
  return {
    limits: { timeoutMs, maxMemoryMb, maxPages, expansion: { maxRatio: maxExpansionRatio, maxTotalBytes: maxExpandedBytes } },
    threads,
    onPage,
    signal,
  };
}

/** The header may follow some junk: readers accept it within the first kilobyte. */
function hasPdfSignature(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}
