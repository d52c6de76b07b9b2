import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { FontWeights, readPage } from '@/lib/rulebooks/pdf-text';
import { patchPdfjs } from '@/lib/rulebooks/pdfjs-patch';
import { rulebookPdf } from '@/scripts/fixtures/rulebook-pdf';

describe('pdf.js as the reading threads load it', () => {
  it('is changed in both places in the pdf.js that unpdf installs (if this fails, pdf.js changed: see pdfjs-patch.ts)', async () => {
    const unpdf = createRequire(import.meta.url).resolve('unpdf');
    const source = await readFile(path.join(path.dirname(unpdf), 'pdfjs.mjs'), 'utf8');
    const { source: patched, applied } = patchPdfjs(source);
    expect(applied).toEqual(['plainTextStateCopies', 'fontNamesInStyles']);
    // Made once, the changes are not made again.
    expect(patchPdfjs(patched).applied).toEqual([]);
  });

  it('leaves any other source as it is', () => {
    expect(patchPdfjs('export const answer = 42;')).toEqual({ source: 'export const answer = 42;', applied: [] });
  });

  it('unchanged, still gives the weight of the type, from the operator list', async () => {
    // This thread loads pdf.js as it is: its text content has no font names.
    const doc = await getDocumentProxy(new Uint8Array(await rulebookPdf({ outline: false })), { verbosity: 0 });
    const { lines } = await readPage(doc, 2, new FontWeights());
    expect(lines.find((line) => line.text === 'Combat')).toMatchObject({ bold: true, fontSize: 20 });
    expect(lines.find((line) => line.text.startsWith('Combat is a cycle'))).toMatchObject({ bold: false, fontSize: 11 });
  });
});
