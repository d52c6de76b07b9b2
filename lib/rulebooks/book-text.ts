// Runs inside the PDF reading worker too: see pdf-text.ts on its imports and syntax.
import { RulebookError } from './errors.ts';
import type { PageMessage } from './pdf-protocol.ts';
import type { ExtractedPdf, OutlineEntry, PdfLine, PdfPage } from './types.ts';

/** A page with its height, by which running headers and footers are told. */
export type MeasuredPage = { page: PdfPage; height: number };

/** A book's pages as read, before running headers and footers are told apart. */
export type ReadText = { title: string | null; pageCount: number; pages: MeasuredPage[]; outline: OutlineEntry[] | null };

export function measuredPage({ number, lines, height }: PageMessage): MeasuredPage {
  return { page: { number, text: lines.map((line) => line.text).join('\n'), lines }, height };
}

/** The text the structure is read from: running headers and footers dropped. A PDF without any text is refused. */
export function bookText({ title, pageCount, pages, outline }: ReadText): ExtractedPdf {
  const kept = withoutPageFurniture(pages);
  if (kept.every((page) => page.lines.length === 0)) throw new RulebookError('no_text');
  return { title, pageCount, pages: kept, outline };
}

/**
 * The pages of a book as they come in, read by this thread or sent by the
 * others, until every one is in.
 */
export class GatheredPages {
  private readonly pages: MeasuredPage[] = [];
  private received = 0;
  private book: Omit<ReadText, 'pages'> | null = null;
  private whenComplete: (() => void) | null = null;

  /** The title, page count and outline, known once the file is open. */
  describe(book: Omit<ReadText, 'pages'>): void {
    this.book = book;
    this.check();
  }

  add(page: PageMessage): void {
    this.pages[page.number - 1] = measuredPage(page);
    this.received++;
    this.check();
  }

  complete(): Promise<ReadText> {
    return new Promise((resolve) => {
      this.whenComplete = () => resolve({ ...this.book!, pages: this.pages });
      this.check();
    });
  }

  private check(): void {
    if (this.book !== null && this.received === this.book.pageCount) this.whenComplete?.();
  }
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
