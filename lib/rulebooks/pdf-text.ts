// Runs inside the PDF reading worker, which Node may load straight from this
// source (tests, scripts): relative imports name their .ts file and the code
// keeps to TypeScript that only needs its types erased.
import type { getDocumentProxy } from 'unpdf';
import type { PdfLine } from './types.ts';

export type PdfDocument = Awaited<ReturnType<typeof getDocumentProxy>>;
type PdfPageProxy = Awaited<ReturnType<PdfDocument['getPage']>>;
type TextContentItem = Awaited<ReturnType<PdfPageProxy['getTextContent']>>['items'][number];

const boldFontName = /bold|black|heavy|demi|cmbx/i;

/**
 * Whether each of the document's fonts is a bold face, by its PostScript
 * name. Text content names fonts only by an internal id; pdf.js as the
 * reading threads load it adds each font's name to the text content's styles
 * (see pdfjs-patch.ts). A font without its name there is learned from the
 * operator list, which names it in full at the cost of reading the page's
 * drawing instructions again, so that is built only for pages that bring such
 * a font (a few pages in a whole book).
 */
export class FontWeights {
  private readonly bold = new Map<string, boolean>();

  async learn(page: PdfPageProxy, runs: readonly { fontId: string }[], styles: Record<string, object>): Promise<void> {
    const unknown = new Set<string>();
    for (const { fontId } of runs) {
      if (this.bold.has(fontId)) continue;
      const name = (styles[fontId] as { name?: unknown } | undefined)?.name;
      if (typeof name === 'string') this.bold.set(fontId, boldFontName.test(name));
      else unknown.add(fontId);
    }
    if (unknown.size === 0) return;
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

type Run = { text: string; x: number; end: number; baseline: number; size: number; fontId: string };

/** A page's lines in reading order, with the page's height so running headers and footers can be told by position. */
export async function readPage(doc: PdfDocument, number: number, weights: FontWeights): Promise<{ lines: PdfLine[]; height: number }> {
  const page = await doc.getPage(number);
  try {
    const content = await page.getTextContent();
    // A page has a few hundred items; this loop and the line building below run for every one of them.
    const runs: Run[] = [];
    for (const item of content.items) {
      const run = toRun(item);
      if (run) runs.push(run);
    }
    await weights.learn(page, runs, content.styles);
    const [left = 0, bottom = 0, , top = 0] = page.view;
    return { lines: joinIntoLines(runs).map((line) => toPdfLine(line, weights, left, top)), height: top - bottom };
  } finally {
    page.cleanup();
  }
}

function toRun(item: TextContentItem): Run | null {
  if (!('str' in item)) return null;
  const text = normaliseText(item.str);
  if (!text.trim()) return null;
  const transform = item.transform as number[];
  const a = transform[0] ?? 0;
  const b = transform[1] ?? 0;
  const c = transform[2] ?? 0;
  const d = transform[3] ?? 0;
  const x = transform[4] ?? 0;
  // Rotated text is page decoration (spine labels, stamps), not reading text.
  if (Math.abs(b) > Math.abs(a) * 0.1 || Math.abs(c) > Math.abs(d) * 0.1) return null;
  const size = Math.hypot(c, d) || item.height;
  return { text, x, end: x + item.width, baseline: transform[5] ?? 0, size, fontId: item.fontName };
}

/** Any of the characters normaliseText changes, or two hyphens together: most text has none. */
const needsNormalising = /[\t\r\n\u00a0\u00ad\u2000-\u200d\u2010\u2011\u202f\u205f\u3000\ufeff]|--/;

/**
 * Typesetting leftovers that would break words or searches: non-breaking and
 * odd spaces, runs of mixed hyphen characters standing for one hyphen, and
 * soft hyphens that only mark where a word may break.
 */
export function normaliseText(text: string): string {
  if (!needsNormalising.test(text)) return text;
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
  // Characters per size, in the order the sizes first appear (a line rarely has more than two).
  const sizes: number[] = [];
  const sizeChars: number[] = [];
  let boldChars = 0;
  let chars = 0;
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index]!;
    const previous = runs[index - 1];
    if (previous) {
      const gap = run.x - previous.end;
      if (gap > cellGap * run.size) text += '\t';
      else if (gap > 0.15 * run.size) text += ' ';
    }
    text += run.text;
    const length = run.text.trim().length;
    const size = Math.round(run.size * 10) / 10;
    const known = sizes.indexOf(size);
    if (known < 0) {
      sizes.push(size);
      sizeChars.push(length);
    } else {
      sizeChars[known]! += length;
    }
    if (weights.isBold(run.fontId)) boldChars += length;
    chars += length;
  }
  // The size most characters are set in; the first of equals.
  let fontSize = 0;
  for (let i = 0; i < sizes.length; i++) if (i === 0 || sizeChars[i]! > sizeChars[fontSize]!) fontSize = i;
  if (text.includes('  ')) text = text.replace(/ +/g, ' ');
  if (text.includes('\t')) text = text.replace(/ *\t */g, '\t');
  const first = runs[0]!;
  return {
    text: text.trim(),
    fontSize: sizes[fontSize]!,
    bold: boldChars * 2 > chars,
    // Measured from the page's top-left corner, in points, as people read.
    x: first.x - left,
    y: top - first.baseline,
  };
}
