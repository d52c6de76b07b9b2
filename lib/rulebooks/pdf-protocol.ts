import { z } from 'zod';
import { rulebookErrorCodes } from './errors';
import type { ExpansionLimits } from './expansion';

// The messages between the PDF reading worker and the thread that runs it.
// The worker imports only the types (zod alone would add a tenth of a second
// to every worker's start); what it sends is checked here on arrival.

/** What a worker is started with. The lead checks the file and reads its title and outline before anyone reads a page. */
export type WorkerInput = { bytes: SharedArrayBuffer; lead: boolean; expansion: ExpansionLimits };

/** Pages `from` to `to` (1-based, inclusive), for a worker that said it was ready. */
export type ToWorker = { type: 'read'; from: number; to: number };

const lineSchema = z.object({ text: z.string(), fontSize: z.number(), bold: z.boolean(), x: z.number(), y: z.number() });
const outlineEntrySchema = z.object({ title: z.string(), page: z.number().int().positive(), depth: z.number().int().nonnegative() });

export const fromWorkerSchema = z.discriminatedUnion('type', [
  /** From the lead only, once the file passed its checks and pdf.js opened it: pages may be handed out. */
  z.object({ type: z.literal('opened'), pageCount: z.number().int().nonnegative() }),
  /** From the lead only, after it opened the file. */
  z.object({ type: z.literal('described'), title: z.string().nullable(), outline: z.array(outlineEntrySchema).nullable() }),
  /** The worker wants more pages (it asks ahead, so it never waits for them). */
  z.object({ type: z.literal('ready') }),
  /** A page's lines; its text is their texts joined, which need not cross threads twice. */
  z.object({ type: z.literal('page'), number: z.number().int().positive(), lines: z.array(lineSchema), height: z.number() }),
  /** `detail` is for the server's log; `message` is for the person. */
  z.object({ type: z.literal('failed'), code: z.enum(rulebookErrorCodes), message: z.string(), detail: z.string() }),
]);
export type FromWorker = z.infer<typeof fromWorkerSchema>;
