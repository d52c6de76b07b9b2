import type { MessagePort } from 'node:worker_threads';
import { z } from 'zod';
import { rulebookErrorCodes } from './errors';
import type { ExpansionLimits } from './expansion';
import type { OutlineEntry, PdfLine } from './types';

// The messages between the PDF reading workers and the thread that runs them.
// The workers import only the types (zod alone would add a tenth of a second
// to every worker's start); what they send is checked here on arrival.

/**
 * What a reading is for. 'text': every page comes to the calling thread.
 * 'structure': the lead worker gathers the pages (the others send theirs to
 * it) and sends back only the book's structure, so the calling thread neither
 * takes in the whole text nor analyses it.
 */
export type ReadProduct = 'text' | 'structure';

/** What a worker is started with. The lead checks the file and reads its title and outline before anyone reads a page. */
export type WorkerInput = {
  bytes: SharedArrayBuffer;
  lead: boolean;
  expansion: ExpansionLimits;
  product: ReadProduct;
  /** For 'structure', when the PDF has no outline: offer the layout's heading-like lines to be chosen from before settling on a structure. */
  offerHeadings: boolean;
  /** A helper's way to the lead, for 'structure'. */
  toLead: MessagePort | null;
};

export type ToWorker =
  /** Pages `from` to `to` (1-based, inclusive), for a worker that said it was ready. */
  | { type: 'read'; from: number; to: number }
  /** To the lead: the pages of one more helper will come over `port`. */
  | { type: 'helper'; port: MessagePort }
  /** To the lead: the headings chosen from those it offered, or null to keep the layout's reading. */
  | { type: 'headings'; headings: OutlineEntry[] | null };

/** A page as read; its text is its lines' texts joined, which need not cross threads twice. */
export type PageMessage = { number: number; lines: PdfLine[]; height: number };

const lineSchema = z.object({ text: z.string(), fontSize: z.number(), bold: z.boolean(), x: z.number(), y: z.number() });
const outlineEntrySchema = z.object({ title: z.string(), page: z.number().int().positive(), depth: z.number().int().nonnegative() });
const page = z.number().int().positive();

const sectionSchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(['chapter', 'section', 'table']),
  depth: z.number().int().positive(),
  parentId: z.string().nullable(),
  pageStart: page,
  pageEnd: page,
  text: z.string(),
  pageOffsets: z.array(z.object({ page, offset: z.number().int().nonnegative() })),
});

const structureSchema = z.object({
  title: z.string(),
  pageCount: z.number().int().positive(),
  source: z.enum(['outline', 'layout', 'model']),
  sections: z.array(sectionSchema),
});

export const fromWorkerSchema = z.discriminatedUnion('type', [
  /** From the lead only, once the file passed its checks and pdf.js opened it: pages may be handed out. */
  z.object({ type: z.literal('opened'), pageCount: z.number().int().nonnegative() }),
  /** From the lead only, for 'text', after it opened the file. */
  z.object({ type: z.literal('described'), title: z.string().nullable(), outline: z.array(outlineEntrySchema).nullable() }),
  /** The worker wants more pages (it asks ahead, so it never waits for them). */
  z.object({ type: z.literal('ready') }),
  /** For 'text': a page. */
  z.object({ type: z.literal('page'), number: page, lines: z.array(lineSchema), height: z.number() }),
  /** For 'structure': a page was read (and is with the lead or on its way there). */
  z.object({ type: z.literal('read'), number: page }),
  /** From the lead, for 'structure': every page is in, so the other workers are done. */
  z.object({ type: z.literal('gathered') }),
  /** From the lead, for 'structure': the layout's heading-like lines, one a line, to choose the book's headings from. */
  z.object({ type: z.literal('offer'), title: z.string().nullable(), pageCount: page, candidates: z.array(z.string()) }),
  /** From the lead, for 'structure': the result. */
  z.object({ type: z.literal('structure'), structure: structureSchema }),
  /** `detail` is for the server's log; `message` is for the person. */
  z.object({ type: z.literal('failed'), code: z.enum(rulebookErrorCodes), message: z.string(), detail: z.string() }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;
