// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import module from 'node:module';

/**
 * Two changes to pdf.js as the reading threads load it, each made only where
 * pdf.js's source is exactly the one written for here (unpdf's build of it);
 * otherwise pdf.js loads as it is and reads the same text, more slowly.
 */
const patches = {
  // pdf.js copies its text state for every block of text on a page (about two
  // hundred a page) with `Object.assign(Object.create(this), this)`, so each
  // copy inherits from the state it was made from. That makes those states
  // prototypes, and V8 throws away and recompiles the text layout code over
  // and over: a sixth of a fresh thread's time on the SRD 5.1. The copy is
  // made a plain one: every field of the state is its own, so the copy never
  // read anything through the inheritance.
  plainTextStateCopies: {
    from: 'clone(){let e=Object.assign(Object.create(this),this);return e.textMatrix=this.textMatrix.slice(),e.textLineMatrix=this.textLineMatrix.slice(),e.fontMatrix=this.fontMatrix.slice(),e}',
    to: 'clone(){let e=Object.assign(new this.constructor,this);return e.textMatrix=this.textMatrix.slice(),e.textLineMatrix=this.textLineMatrix.slice(),e.fontMatrix=this.fontMatrix.slice(),e}',
  },
  // Text content names its fonts by an id only; bold type is told by the
  // font's own name, which otherwise takes an operator list (the page's drawing
  // instructions read again) for every page that brings a new font, a tenth
  // of the reading. The styles of the text content carry the name as well.
  fontNamesInStyles: {
    from: '_.styles[t]={fontFamily:e.fallbackName,ascent:e.ascent,descent:e.descent,vertical:e.vertical}',
    to: '_.styles[t]={fontFamily:e.fallbackName,ascent:e.ascent,descent:e.descent,vertical:e.vertical,name:e.name}',
  },
};

/** unpdf's build of pdf.js, as Node names the file it loads. */
const pdfjsFile = '/unpdf/dist/pdfjs.mjs';

/** pdf.js's source with each change made where its source is the expected one, and which were. */
export function patchPdfjs(source: string): { source: string; applied: Array<keyof typeof patches> } {
  const applied: Array<keyof typeof patches> = [];
  for (const [name, { from, to }] of Object.entries(patches) as Array<[keyof typeof patches, { from: string; to: string }]>) {
    const at = source.indexOf(from);
    if (at < 0 || source.includes(from, at + 1)) continue;
    source = source.slice(0, at) + to + source.slice(at + from.length);
    applied.push(name);
  }
  return { source, applied };
}

/** From now on this thread loads pdf.js changed. Node before 22.15 has no such hooks, and loads it as it is. */
export function loadPatchedPdfjs(): void {
  module.registerHooks?.({
    load(url, context, nextLoad) {
      const loaded = nextLoad(url, context);
      if (!url.endsWith(pdfjsFile) || loaded.source === undefined) return loaded;
      return { ...loaded, source: patchPdfjs(String(loaded.source)).source };
    },
  });
}
