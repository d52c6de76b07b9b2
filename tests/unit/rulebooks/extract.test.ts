import { beforeAll, describe, expect, it } from 'vitest';
import { RulebookError } from '@/lib/rulebooks/errors';
import { extractPdf } from '@/lib/rulebooks/extract';
import { normaliseText } from '@/lib/rulebooks/pdf-text';
import type { ExtractedPdf, PdfLine } from '@/lib/rulebooks/types';
import {
  encryptedPdf,
  footerText,
  garbledPdf,
  imageOnlyPdf,
  notAPdf,
  rulebookHeadings,
  rulebookPageCount,
  rulebookPdf,
  rulebookTitle,
  truncatedPdf,
  zeroPagePdf,
} from '@/scripts/fixtures/rulebook-pdf';

async function failure(work: Promise<unknown>): Promise<RulebookError> {
  try {
    await work;
  } catch (error) {
    if (RulebookError.is(error)) return error;
    throw error;
  }
  throw new Error('expected the extraction to fail');
}

function lineOf(pdf: ExtractedPdf, page: number, text: string): PdfLine {
  const line = pdf.pages[page - 1]?.lines.find((l) => l.text === text);
  if (!line) throw new Error(`no line "${text}" on page ${page}`);
  return line;
}

describe('extractPdf on a rulebook', () => {
  let withOutline: ExtractedPdf;
  let withoutOutline: ExtractedPdf;
  const progress: Array<[number, number]> = [];

  beforeAll(async () => {
    withOutline = await extractPdf(new Uint8Array(await rulebookPdf({ outline: true })), {
      onPage: (done, total) => progress.push([done, total]),
    });
    withoutOutline = await extractPdf(new Uint8Array(await rulebookPdf({ outline: false })));
  });

  it('reads every page, in order, with the title from the metadata', () => {
    expect(withOutline.pageCount).toBe(rulebookPageCount);
    expect(withOutline.pages.map((p) => p.number)).toEqual([1, 2, 3, 4, 5]);
    expect(withOutline.title).toBe(rulebookTitle);
  });

  it('reports progress once per page', () => {
    expect(progress).toEqual([
      [1, 5],
      [2, 5],
      [3, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('maps the bookmarks to flattened entries with 1-based pages and depths', () => {
    expect(withOutline.outline).toEqual(rulebookHeadings.map((h) => ({ title: h.title, page: h.page, depth: h.depth - 1 })));
    expect(withoutOutline.outline).toBeNull();
  });

  it('gives each line the size and weight of its type', () => {
    const chapter = lineOf(withOutline, 2, 'Combat');
    const section = lineOf(withOutline, 2, 'Making an Attack');
    const term = lineOf(withOutline, 3, 'Prone');
    const body = withOutline.pages[1]!.lines.find((l) => l.text.startsWith('Combat is a cycle'))!;
    expect(chapter).toMatchObject({ bold: true, fontSize: 20 });
    expect(section).toMatchObject({ bold: true, fontSize: 14 });
    expect(term).toMatchObject({ bold: true, fontSize: 11 });
    expect(body).toMatchObject({ bold: false, fontSize: 11 });
    expect(body.x).toBeCloseTo(72, 0);
    // Measured from the top: the heading is above the paragraph under it.
    expect(chapter.y).toBeLessThan(body.y);
  });

  it('keeps the lines of a page in reading order and joins a page text from them', () => {
    const page3 = withOutline.pages[2]!;
    expect(page3.lines[0]!.text).toMatch(/^subtracts the damage/);
    expect(page3.text.split('\n')).toEqual(page3.lines.map((l) => l.text));
    expect(page3.text.indexOf('Prone')).toBeLessThan(page3.text.indexOf('Grappled'));
  });

  it('separates table cells with tabs', () => {
    const texts = withOutline.pages[3]!.lines.map((l) => l.text);
    expect(texts).toContain('Name\tCost\tDamage\tWeight');
    expect(texts).toContain('Longsword\t15 gp\t1d8 slashing\t3 lb.');
    expect(texts).toContain('Weapons are listed with their cost, damage and weight.');
  });

  it('drops the running footer', () => {
    const everything = withOutline.pages.map((p) => p.text).join('\n');
    expect(everything).not.toContain(footerText);
  });

  it('leaves the caller’s bytes usable', async () => {
    const bytes = new Uint8Array(await rulebookPdf({ outline: false }));
    const length = bytes.byteLength;
    await extractPdf(bytes);
    expect(bytes.byteLength).toBe(length);
    expect((await extractPdf(bytes)).pageCount).toBe(rulebookPageCount);
  });
});

describe('extractPdf failures', () => {
  it('refuses a password-protected PDF', async () => {
    const error = await failure(extractPdf(new Uint8Array(await encryptedPdf())));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/password-protected.*remove the password/);
  });

  it('refuses a PDF of pictures without text', async () => {
    const error = await failure(extractPdf(new Uint8Array(await imageOnlyPdf())));
    expect(error.code).toBe('no_text');
    expect(error.message).toMatch(/no text layer.*OCR/);
  });

  it('refuses a PDF with no pages', async () => {
    const error = await failure(extractPdf(new Uint8Array(await zeroPagePdf())));
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/no pages/);
  });

  it('refuses an empty file', async () => {
    const error = await failure(extractPdf(new Uint8Array()));
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/empty/);
  });

  it('refuses a file that only starts like a PDF', async () => {
    const error = await failure(extractPdf(new Uint8Array(garbledPdf())));
    expect(error.code).toBe('corrupt');
    expect(error.message).toMatch(/damaged.*upload the new copy/);
  });

  it('refuses a PDF cut short', async () => {
    const error = await failure(extractPdf(new Uint8Array(await truncatedPdf())));
    expect(error.code).toBe('corrupt');
  });

  it('refuses what is not a PDF by its content, not its name', async () => {
    const error = await failure(extractPdf(new Uint8Array(notAPdf)));
    expect(error.code).toBe('not_pdf');
    expect(error.message).toMatch(/not a PDF/);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    const bytes = new Uint8Array(await rulebookPdf({ outline: false }));
    const error = await failure(extractPdf(bytes, { maxBytes: 1024 }));
    expect(error.code).toBe('too_large');
    expect(error.message).toMatch(/^This PDF is \d+ KB; the limit is 1 KB\.$/);
  });

  it('refuses a book over the page limit', async () => {
    const bytes = new Uint8Array(await rulebookPdf({ outline: false }));
    const error = await failure(extractPdf(bytes, { maxPages: 2 }));
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('5 pages; the limit is 2');
  });
});

describe('RulebookError.is', () => {
  it('recognises the error by name and code, even from another copy of the class', () => {
    expect(RulebookError.is(new RulebookError('corrupt'))).toBe(true);
    const fromAnotherBundle = Object.assign(new Error('damaged'), { name: 'RulebookError', code: 'corrupt' });
    expect(RulebookError.is(fromAnotherBundle)).toBe(true);
  });

  it('rejects other errors and unknown codes', () => {
    expect(RulebookError.is(new Error('x'))).toBe(false);
    expect(RulebookError.is(Object.assign(new Error('x'), { name: 'RulebookError', code: 'teapot' }))).toBe(false);
    expect(RulebookError.is(null)).toBe(false);
    expect(RulebookError.is('RulebookError')).toBe(false);
  });
});

describe('normaliseText', () => {
  it('undoes the typesetting leftovers of real rulebooks', () => {
    expect(normaliseText('a well-\u00ad\u2010\u2011ordered society')).toBe('a well-ordered society');
    expect(normaliseText('roll\u00a0a\td20\r')).toBe('roll a d20 ');
    expect(normaliseText('halfling\u00ad')).toBe('halfling');
    expect(normaliseText('score of \u22125')).toBe('score of \u22125');
  });
});
