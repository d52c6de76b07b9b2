// The thread that reads a PDF with pdf.js, so that a hostile or huge file
// never holds up the server's own thread. Node may load it straight from this
// source (tests, scripts): see pdf-text.ts on its imports and syntax.
import module from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { getDocumentProxy, getResolvedPDFJS } from 'unpdf';
import { bookText, GatheredPages } from './book-text.ts';
import { RulebookError } from './errors.ts';
import { expansionProblem } from './expansion.ts';
import { headingCandidates, structureFromHeadings } from './heading-candidates.ts';
import { outlineOf, titleOf } from './pdf-outline.ts';
import { loadPatchedPdfjs } from './pdfjs-patch.ts';
import type { FromWorker, PageMessage, ToWorker, WorkerInput } from './pdf-protocol.ts';
import { FontWeights, readPage, type PdfDocument } from './pdf-text.ts';
import { analyseStructure } from './structure.ts';
import type { ExtractedPdf, OutlineEntry, RulebookStructure } from './types.ts';

// pdf.js inflates compressed streams with the web DecompressionStream when
// there is one, and with its own synchronous decoder when not. In Node the
// former goes through web streams and the thread pool, and a book of a few
// hundred small streams reads about a sixth faster without it.
Reflect.deleteProperty(globalThis, 'DecompressionStream');

// pdf.js runs its parsing half in this same thread and talks to it over a
// port that copies every message (structuredClone) as if it crossed threads.
// Most of what crosses is text content, and copying it took about a twentieth
// of the reading. pdf.js builds every chunk of text content afresh and, once
// it is sent, only replaces the chunk's item list and styles (it never changes
// them), so a chunk passes as a shallow copy; any other message is copied.
const copyMessage = globalThis.structuredClone;
globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions | null) => {
  const chunk = (value as { chunk?: { items?: unknown } } | null)?.chunk;
  if (!options?.transfer?.length && Array.isArray(chunk?.items)) return { ...(value as object), chunk: { ...chunk } };
  return copyMessage(value, options ?? undefined);
}) as typeof structuredClone;

// pdf.js is 1.6 MB of JavaScript, which every worker would compile anew; Node
// keeps the compiled code in the system's temporary folder. Loading starts at
// once, so a worker that is not the lead has it ready when pages come.
module.enableCompileCache();
loadPatchedPdfjs();
const pdfjsLoaded = getResolvedPDFJS().then(() => module.flushCompileCache());

/**
 * Rulebook pages hold about 5,000 characters at most. A page far past that is
 * junk or an attack, and is stopped here rather than sent whole to another
 * thread, where taking in a message that size would hold it up.
 */
const MAX_PAGE_CHARACTERS = 100_000;

const input = workerData as WorkerInput;
const port = parentPort!;
const post = (message: FromWorker) => port.postMessage(message);

/** For 'structure', the lead keeps every page here, its own and those the others send it. */
const gathered = input.lead && input.product === 'structure' ? new GatheredPages() : null;

const requests: Array<Extract<ToWorker, { type: 'read' }>> = [];
let wake: (() => void) | null = null;
let answer: ((headings: OutlineEntry[] | null) => void) | null = null;
port.on('message', (message: ToWorker) => {
  if (message.type === 'read') {
    requests.push(message);
    wake?.();
  } else if (message.type === 'helper') {
    message.port.on('message', (page: PageMessage) => gathered?.add(page));
  } else {
    answer?.(message.headings);
  }
});

async function nextRequest(): Promise<{ from: number; to: number }> {
  while (requests.length === 0) await new Promise<void>((resolve) => (wake = resolve));
  return requests.shift()!;
}

async function read(): Promise<void> {
  const bytes = new Uint8Array(input.bytes);
  let doc: PdfDocument | null = null;
  if (input.lead) {
    const problem = expansionProblem(bytes, input.expansion);
    if (problem) throw new RulebookError('too_complex', problem);
    doc = await open(bytes);
    post({ type: 'opened', pageCount: doc.numPages });
    // Others read pages meanwhile.
    const [title, outline] = [await titleOf(doc), await outlineOf(doc)];
    if (gathered) gathered.describe({ title, pageCount: doc.numPages, outline });
    else post({ type: 'described', title, outline });
  }
  const weights = new FontWeights();
  // One request to work on and one in reserve, so no page waits for a reply from the other thread.
  post({ type: 'ready' });
  post({ type: 'ready' });
  for (;;) {
    const { from, to } = await nextRequest();
    // The other workers open the file only once the lead has found it safe.
    doc ??= await open(bytes);
    for (let number = from; number <= to; number++) {
      const { lines, height } = await readPage(doc, number, weights);
      if (lines.reduce((sum, line) => sum + line.text.length, 0) > MAX_PAGE_CHARACTERS) throw new RulebookError('too_complex', overfullPage(number));
      deliver({ number, lines, height });
    }
    post({ type: 'ready' });
  }
}

/** A page goes to whoever puts the book together: the calling thread for 'text', the lead for 'structure'. */
function deliver(page: PageMessage): void {
  if (gathered) gathered.add(page);
  else if (input.toLead) input.toLead.postMessage(page);
  else return post({ type: 'page', ...page });
  post({ type: 'read', number: page.number });
}

/** The lead, for 'structure': once every page is in, the book's structure is all that goes back. */
async function analyse(pages: GatheredPages): Promise<void> {
  const pdf = bookText(await pages.complete());
  post({ type: 'gathered' });
  post({ type: 'structure', structure: await structureOf(pdf) });
}

async function structureOf(pdf: ExtractedPdf): Promise<RulebookStructure> {
  const structure = analyseStructure(pdf);
  if (structure.source !== 'layout' || !input.offerHeadings) return structure;
  const candidates = headingCandidates(pdf);
  if (candidates.length === 0) return structure;
  const headings = await new Promise<OutlineEntry[] | null>((resolve) => {
    answer = resolve;
    post({ type: 'offer', title: pdf.title, pageCount: pdf.pageCount, candidates });
  });
  return (headings && structureFromHeadings(pdf, headings)) ?? structure;
}

async function open(shared: Uint8Array): Promise<PdfDocument> {
  await pdfjsLoaded;
  try {
    // pdf.js takes ownership of the buffer it is given, so it gets a copy of the shared one.
    // Text is all that is read: pictures are never decoded, not even for the operator lists that name fonts.
    return await getDocumentProxy(shared.slice(), { verbosity: 0, maxImageSize: 0 });
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    throw new RulebookError(name === 'PasswordException' ? 'encrypted' : 'corrupt', undefined, { cause: error });
  }
}

function overfullPage(number: number): string {
  return (
    `Page ${number} of this PDF holds more than ${MAX_PAGE_CHARACTERS.toLocaleString('en')} characters of text, far more than a printed page; ` +
    'the file may be damaged or made to overwhelm PDF readers. Print or export it to a new PDF and upload that copy.'
  );
}

function failed(error: unknown): void {
  const known = RulebookError.is(error) ? error : new RulebookError('corrupt', undefined, { cause: error });
  const cause = known.cause ?? error;
  post({ type: 'failed', code: known.code, message: known.message, detail: cause instanceof Error ? (cause.stack ?? cause.message) : String(cause) });
}

read().catch(failed);
if (gathered) analyse(gathered).catch(failed);
