import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withPlainTextStateCopies } from '@/lib/rulebooks/pdfjs-patch';

describe('loading pdf.js with plain copies of its text state', () => {
  it('applies to the pdf.js that unpdf installs (if this fails, pdf.js changed: see pdfjs-patch.ts)', async () => {
    const unpdf = createRequire(import.meta.url).resolve('unpdf');
    const source = await readFile(path.join(path.dirname(unpdf), 'pdfjs.mjs'), 'utf8');
    const patched = withPlainTextStateCopies(source);
    expect(patched).not.toBeNull();
    expect(patched!.length - source.length).toBe('new this.constructor'.length - 'Object.create(this)'.length);
    expect(withPlainTextStateCopies(patched!)).toBeNull();
  });

  it('leaves any other source as it is', () => {
    expect(withPlainTextStateCopies('export const answer = 42;')).toBeNull();
  });
});
