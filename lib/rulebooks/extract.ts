import { getDocumentProxy } from 'unpdf';
import { z } from 'zod';
import { RulebookError } from './errors';
import type { ExtractedPdf, OutlineEntry, PdfLine, PdfPage } from './types';

type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;
type TextContentItem = Awaited<ReturnType<PdfPageProxy['getTextContent']>>['items'][number];
type OutlineNode = Awaited<ReturnType<PdfDocument['getOutline']>>[number];

const optionsSchema = z.object({
  maxBytes: z.number().int().positive().default(64 * 1024 * 1024),
  maxPages: z.number().int().positive().default(1500),
  onPage: z.custom<(done: number, total: number) => void>((value) => typeof value === 'function').optional(),
});

export type ExtractOptions = z.input<typeof optionsSchema>;

/**
 * Reads a rulebook PDF's text layer: per page, lines with the size and weight
 * of their type (what later tells headings from body text), plus the PDF's own
 * outline and title. Fails with a RulebookError a person can act on.
 */
export async function extractPdf(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractedPdf> {
  const { maxBytes, maxPages, onPage } = optionsSchema.parse(options);
  if (bytes.length === 0) throw new RulebookError('empty', 'This file is empty.');
  if (!hasPdfSignature(bytes)) throw new RulebookError('not_pdf');
  if (bytes.length > maxBytes) {
    throw new RulebookError('too_large', `This PDF is ${readableSize(bytes.length)}; the limit is ${readableSize(maxBytes)}.`);
  }
  allowFontTransferOnNode20();

  const doc = await open(bytes);
  try {
    const pageCount = doc.numPages;
    if (pageCount === 0) throw new RulebookError('empty');
    if (pageCount > maxPages) {
      throw new RulebookError('too_large', `This PDF has ${pageCount} pages; the limit is ${maxPages}. Split it and import the parts you need.`);
    }
    const weights = new FontWeights();
    const pages: MeasuredPage[] = [];
    for (let number = 1; number <= pageCount; number++) {
      pages.push(await readPage(doc, number, weights));
      onPage?.(number, pageCount);
    }
    const cleaned = withoutPageFurniture(pages);
    if (cleaned.every((page) => page.lines.length === 0)) throw new RulebookError('no_text');
    return { title: await titleOf(doc), pageCount, pages: cleaned, outline: await outlineOf(doc) };
  } catch (error) {
    if (RulebookError.is(error)) throw error;
    throw new RulebookError('corrupt', undefined, { cause: error });
  } finally {
    await doc.destroy();
  }
}

/** The header may follow some junk: readers accept it within the first kilobyte. */
function hasPdfSignature(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function readableSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes.toFixed(megabytes < 10 ? 1 : 0)} MB`;
}

/**
 * pdf.js 5 hands fonts to the main thread with ArrayBuffer#transferToFixedLength,
 * which Node has only from version 21. Without it the operator list stops
 * silently and font names, the only sign of bold type, never arrive. A copy
 * is enough here: pdf.js does not reuse the buffer it transfers.
 */
function allowFontTransferOnNode20(): void {
  if ('transferToFixedLength' in ArrayBuffer.prototype) return;
  Object.defineProperty(ArrayBuffer.prototype, 'transferToFixedLength', {
    configurable: true,
    writable: true,
    value(this: ArrayBuffer, length: number = this.byteLength): ArrayBuffer {
      const copy = new ArrayBuffer(length);
      new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(length, this.byteLength)));
      return copy;
    },
  });
}

async function open(bytes: Uint8Array): Promise<PdfDocument> {
  try {
    // pdf.js takes ownership of the buffer it is given; the caller keeps theirs.
    return await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  } catch (error) {
    const name = (error as { name?: unknown } | null)?.name;
    if (name === 'PasswordException') throw new RulebookError('encrypted', undefined, { cause: error });
    throw new RulebookError('corrupt', undefined, { cause: error });
  }
}

const boldFontName = /bold|black|heavy|demi|cmbx/i;

/**
 * Whether each of the document's fonts is a bold face, by its PostScript
 * name. Text content names fonts only by an internal id; the real name comes
 * with the operator list, so that is built only for pages that bring a font
 * not seen before (a few pages in a whole book).
 */
class FontWeights {
  private readonly bold = new Map<string, boolean>();

  async learn(page: PdfPageProxy, fontIds: Iterable<string>): Promise<void> {
    const unknown = [...new Set(fontIds)].filter((id) => !this.bold.has(id));
    if (unknown.length === 0) return;
    await page.getOperatorList();
    for (const id of unknown) this.bold.set(id, boldFontName.test(await fontName(page, id)));
  }

  isBold(fontId: string): boolean {
    return this.bold.get(fontId) ?? false;
  }
}

/** A font that failed to load is never resolved, so the wait is bounded. */
function fontName(page: PdfPageProxy, id: string): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(''), 1000);
    page.commonObjs.get(id, (font: unknown) => {
      clearTimeout(timer);
      const name = (font as { name?: unknown } | null)?.name;
      resolve(typeof name === 'string' ? name : '');
    });
  });
}

type MeasuredPage = { page: PdfPage; height: number };

type Run = { text: string; x: number; end: number; baseline: number; size: number; fontId: string };

async function readPage(doc: PdfDocument, number: number, weights: FontWeights): Promise<MeasuredPage> {
  const page = await doc.getPage(number);
  try {
    const content = await page.getTextContent();
    const runs = content.items.flatMap((item) => toRun(item));
    await weights.learn(page, runs.map((run) => run.fontId));
    const [left = 0, bottom = 0, , top = 0] = page.view;
    const lines = joinIntoLines(runs).map((line) => toPdfLine(line, weights, left, top));
    return { page: { number, text: lines.map((line) => line.text).join('\n'), lines }, height: top - bottom };
  } finally {
    page.cleanup();
  }
}

function toRun(item: TextContentItem): Run[] {
  if (!('str' in item)) return [];
  const text = normaliseText(item.str);
  if (!text.trim()) return [];
  const [a = 0, b = 0, c = 0, d = 0, x = 0, baseline = 0] = item.transform as number[];
  // Rotated text is page decoration (spine labels, stamps), not reading text.
  if (Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1) return [];
  const size = Math.hypot(c, d) || item.height;
  return [{ text, x, end: x + item.width, baseline, size, fontId: item.fontName }];
}

/**
 * Typesetting leftovers that would break words or searches: non-breaking and
 * odd spaces, runs of mixed hyphen characters standing for one hyphen, and
 * soft hyphens that only mark where a word may break.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[\t\r\n\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[-\u00ad\u2010\u2011]{2,}/g, '-')
    .replace(/\u00ad/g, '')
    .replace(/[\u200b\u200c\u200d\ufeff]/g, '');
}

/**
 * Runs follow the content stream, which is reading order in practice (one
 * column after another), so a line is a stretch of consecutive runs on one
 * baseline moving rightwards; sorting the page by position would interleave
 * the columns.
 */
function joinIntoLines(runs: Run[]): Run[][] {
  const lines: Run[][] = [];
  let current: Run[] = [];
  for (const run of runs) {
    const last = current[current.length - 1];
    const sameLine =
      last !== undefined &&
      Math.abs(run.baseline - last.baseline) <= 0.35 * Math.max(run.size, last.size) &&
      run.x >= last.end - 0.5 * run.size;
    if (!sameLine && current.length > 0) {
      lines.push(current);
      current = [];
    }
    current.push(run);
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

/** A gap this many font sizes wide separates table cells, not words. */
const cellGap = 1.2;

function toPdfLine(runs: Run[], weights: FontWeights, left: number, top: number): PdfLine {
  let text = '';
  const sizeChars = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  runs.forEach((run, index) => {
    const previous = runs[index - 1];
    if (previous) {
      const gap = run.x - previous.end;
      if (gap > cellGap * run.size) text += '\t';
      else if (gap > 0.15 * run.size) text += ' ';
    }
    text += run.text;
    const length = run.text.trim().length;
    const size = Math.round(run.size * 10) / 10;
    sizeChars.set(size, (sizeChars.get(size) ?? 0) + length);
    if (weights.isBold(run.fontId)) boldChars += length;
    chars += length;
  });
  const first = runs[0]!;
  return {
    text: text.replace(/ +/g, ' ').replace(/ *\t */g, '\t').trim(),
    fontSize: [...sizeChars].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0],
    bold: boldChars * 2 > chars,
    // Measured from the page's top-left corner, in points, as people read.
    x: first.x - left,
    y: top - first.baseline,
  };
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

async function titleOf(doc: PdfDocument): Promise<string | null> {
  const { info, metadata } = await doc.getMetadata();
  const candidates = [metadata?.get('dc:title'), (info as { Title?: unknown }).Title];
  for (const candidate of candidates) {
    if (typeof candidate === 'string' && candidate.trim()) return candidate.replace(/\s+/g, ' ').trim();
  }
  return null;
}

/** The bookmarks in reading order with 1-based pages; entries that lead nowhere in the file are left out, their children kept. */
async function outlineOf(doc: PdfDocument): Promise<OutlineEntry[] | null> {
  const tree = await doc.getOutline();
  if (!tree || tree.length === 0) return null;
  const pageOfRef = new Map<string, number | null>();
  const entries: OutlineEntry[] = [];
  const visit = async (nodes: OutlineNode[], depth: number): Promise<void> => {
    for (const node of nodes) {
      const page = await pageOf(doc, node.dest, pageOfRef);
      const title = normaliseText(node.title).replace(/\s+/g, ' ').trim();
      if (page !== null && title) entries.push({ title, page, depth });
      await visit(node.items ?? [], depth + 1);
    }
  };
  await visit(tree, 0);
  return entries.length > 0 ? entries : null;
}

async function pageOf(doc: PdfDocument, dest: OutlineNode['dest'], cache: Map<string, number | null>): Promise<number | null> {
  try {
    const explicit = typeof dest === 'string' ? await doc.getDestination(dest) : dest;
    const target: unknown = explicit?.[0];
    if (typeof target === 'number') return target + 1;
    if (typeof target !== 'object' || target === null || !('num' in target)) return null;
    const ref = target as { num: number; gen: number };
    const key = `${ref.num}R${ref.gen}`;
    if (!cache.has(key)) cache.set(key, (await doc.getPageIndex(ref)) + 1);
    return cache.get(key) ?? null;
  } catch {
    // A bookmark pointing at a missing object is the author's slip, not a broken book.
    return null;
  }
}
