// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import module from 'node:module';

// pdf.js copies its text state for every block of text on a page (about two
// hundred a page) with `Object.assign(Object.create(this), this)`, so each
// copy inherits from the state it was made from. That makes those states
// prototypes, and V8 then throws away and recompiles the text layout code over
// and over: a sixth of a fresh thread's time on the SRD 5.1. The copy is made
// a plain one instead. It holds the same values: every field of the state is
// its own, so the copy never read anything through the inheritance.
const inheritingCopy =
  'clone(){let e=Object.assign(Object.create(this),this);return e.textMatrix=this.textMatrix.slice(),e.textLineMatrix=this.textLineMatrix.slice(),e.fontMatrix=this.fontMatrix.slice(),e}';
const plainCopy =
  'clone(){let e=Object.assign(new this.constructor,this);return e.textMatrix=this.textMatrix.slice(),e.textLineMatrix=this.textLineMatrix.slice(),e.fontMatrix=this.fontMatrix.slice(),e}';

/** unpdf's build of pdf.js, as Node names the file it loads. */
const pdfjsFile = '/unpdf/dist/pdfjs.mjs';

/**
 * pdf.js's source with plain copies of its text state, or null when the
 * source is not the one this was written for (another pdf.js): pdf.js then
 * loads as it is, and reads the same text, only more slowly.
 */
export function withPlainTextStateCopies(source: string): string | null {
  const at = source.indexOf(inheritingCopy);
  if (at < 0 || source.includes(inheritingCopy, at + 1)) return null;
  return source.slice(0, at) + plainCopy + source.slice(at + inheritingCopy.length);
}

/** From now on this thread loads pdf.js with plain copies of its text state. Node before 22.15 has no such hooks, and loads it as it is. */
export function loadPdfjsWithPlainTextStateCopies(): void {
  module.registerHooks?.({
    load(url, context, nextLoad) {
      const loaded = nextLoad(url, context);
      if (!url.endsWith(pdfjsFile) || loaded.source === undefined) return loaded;
      const patched = withPlainTextStateCopies(String(loaded.source));
      return patched === null ? loaded : { ...loaded, source: patched };
    },
  });
}
