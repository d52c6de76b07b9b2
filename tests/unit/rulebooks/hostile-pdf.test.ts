import { monitorEventLoopDelay } from 'node:perf_hooks';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { RulebookError } from '@/lib/rulebooks/errors';
import { extractPdf, readRulebook } from '@/lib/rulebooks/extract';
import { analyseStructure } from '@/lib/rulebooks/structure';
import { bombPdf } from '@/scripts/fixtures/bomb-pdf';
import { toBuffer } from '@/scripts/fixtures/rulebook-pdf';

/** How long this thread's event loop was held up at worst while `work` ran: what a health check would wait. */
async function worstLoopDelayMs(work: Promise<unknown>): Promise<{ outcome: unknown; worstMs: number; seconds: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  const outcome = await work.then(
    (value) => value,
    (error: unknown) => error,
  );
  delay.disable();
  return { outcome, worstMs: delay.max / 1e6, seconds: (performance.now() - started) / 1000 };
}

function asRulebookError(outcome: unknown): RulebookError {
  if (RulebookError.is(outcome)) return outcome;
  const got = outcome instanceof Error ? outcome.stack : JSON.stringify(outcome);
  throw new Error(`expected a RulebookError, got ${got?.slice(0, 300)}`);
}

// Regression: a 31 KB PDF whose content stream inflated to about 10 MB kept pdf.js busy on the
// server's own thread for 5-7 s, and /api/health with it. The bounds below are generous on purpose.
describe('hostile PDFs', () => {
  it('refuses a decompression bomb at once, in another thread, while this thread stays free', async () => {
    const bomb = await bombPdf({ megabytes: 16 });
    expect(bomb.length).toBeLessThan(64 * 1024);
    const { outcome, worstMs, seconds } = await worstLoopDelayMs(extractPdf(new Uint8Array(bomb)));
    const error = asRulebookError(outcome);
    expect(error.code).toBe('too_complex');
    expect(error.message).toMatch(/^This PDF holds compressed content that expands from \d+ KB to more than [\d.]+ MB, over 100 times its size/);
    expect(error.message).toMatch(/print or export it to a new PDF/);
    expect(seconds).toBeLessThan(10);
    expect(worstMs).toBeLessThan(250);
  });

  it('stops a PDF that takes longer to read than the time limit, and says so', async () => {
    const slow = new Uint8Array(await bombPdf({ megabytes: 24 }));
    const { outcome, worstMs, seconds } = await worstLoopDelayMs(extractPdf(slow, { maxExpansionRatio: 10_000, timeoutMs: 1000 }));
    const error = asRulebookError(outcome);
    expect(error.code).toBe('too_slow');
    expect(error.message).toMatch(/^Reading this PDF took more than 1 second, the limit for one import, so it was stopped\. Split it/);
    expect(seconds).toBeLessThan(5);
    expect(worstMs).toBeLessThan(250);
  });

  it('stops a PDF that needs more memory than a reading thread may use', async () => {
    const greedy = new Uint8Array(await bombPdf({ megabytes: 24 }));
    const error = asRulebookError((await worstLoopDelayMs(extractPdf(greedy, { maxExpansionRatio: 10_000, maxMemoryMb: 32 }))).outcome);
    expect(error.code).toBe('too_complex');
    expect(error.message).toMatch(/^Reading this PDF needed more than 32 MB of memory, the limit for one import/);
  });

  it('refuses a PDF whose content expands past the total limit', async () => {
    const large = new Uint8Array(await bombPdf({ megabytes: 8 }));
    const error = asRulebookError((await worstLoopDelayMs(extractPdf(large, { maxExpansionRatio: 10_000, maxExpandedBytes: 4 * 1024 * 1024 }))).outcome);
    expect(error.code).toBe('too_complex');
    expect(error.message).toMatch(/^This PDF expands to more than 4\.0 MB of text and drawing instructions when unpacked.*split it/);
  });

  it('refuses a page with far more text than a printed page, without sending it whole to this thread', async () => {
    // About 130,000 "x" drawn on one page, which pdf.js reads as one enormous line.
    const overfull = new Uint8Array(await bombPdf({ megabytes: 4 }));
    const { outcome, worstMs } = await worstLoopDelayMs(extractPdf(overfull, { maxExpansionRatio: 10_000 }));
    const error = asRulebookError(outcome);
    expect(error.code).toBe('too_complex');
    expect(error.message).toMatch(/^Page 1 of this PDF holds more than 100,000 characters of text, far more than a printed page/);
    expect(worstMs).toBeLessThan(250);
  });

  it('stops reading when the import is cancelled', async () => {
    const controller = new AbortController();
    const reading = extractPdf(new Uint8Array(await bombPdf({ megabytes: 24 })), { maxExpansionRatio: 10_000, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('cancelled by the test')), 200);
    const { outcome, seconds } = await worstLoopDelayMs(reading);
    expect((outcome as Error).message).toBe('cancelled by the test');
    expect(seconds).toBeLessThan(3);
  });
});

function manyPagePdf(pages: number): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: 'Many Pages' } });
  for (let number = 1; number <= pages; number++) {
    doc.addPage({ size: 'LETTER', margin: 72 });
    doc.font('Helvetica-Bold').fontSize(16).text(`Chapter ${number}`, 72, 72);
    doc.font('Helvetica').fontSize(11).text(`The rules of chapter ${number} fill this page.`, 72, 110);
  }
  return toBuffer(doc);
}

describe('an outline far larger than any book has', () => {
  it('is set aside, so the layout is read instead', async () => {
    const doc = new PDFDocument({ info: { Title: 'Too Many Bookmarks' } });
    doc.font('Helvetica').fontSize(11).text('The only page of a book with an absurd outline.', 72, 72);
    for (let i = 0; i <= 20_000; i++) doc.outline.addItem(`Bookmark ${i}`);
    const pdf = await extractPdf(new Uint8Array(await toBuffer(doc)));
    expect(pdf.outline).toBeNull();
    expect(pdf.pages[0]!.text).toContain('absurd outline');
  });
});

describe('reading a book with several threads', () => {
  it('gives every page, in order, exactly as one thread does, with progress for each', async () => {
    const bytes = new Uint8Array(await manyPagePdf(90));
    const progress: number[] = [];
    const shared = await extractPdf(bytes, { threads: 3, onPage: (done, total) => progress.push(done / total) });
    const alone = await extractPdf(bytes, { threads: 1 });
    expect(shared).toEqual(alone);
    expect(shared.title).toBe('Many Pages');
    expect(shared.pages.map((page) => page.number)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    expect(shared.pages[41]!.lines[0]).toMatchObject({ text: 'Chapter 42', bold: true, fontSize: 16 });
    expect(progress).toHaveLength(90);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((value, i) => i === 0 || value > progress[i - 1]!)).toBe(true);
  });

  it('gathers the pages in the lead thread, whose structure is the one read from them here', async () => {
    const bytes = new Uint8Array(await manyPagePdf(90));
    const progress: number[] = [];
    const structure = await readRulebook(bytes, { threads: 3, onPage: (done) => progress.push(done) });
    expect(structure).toEqual(analyseStructure(await extractPdf(bytes, { threads: 1 })));
    expect(structure.sections.map((section) => section.title)).toContain('Chapter 42');
    expect(progress.at(-1)).toBe(90);
    expect(progress.every((done, i) => i === 0 || done > progress[i - 1]!)).toBe(true);
  });
});
