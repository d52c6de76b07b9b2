// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import zlib from 'node:zlib';
import { readableSize } from './sizes.ts';

export type ExpansionLimits = {
  /** A stream may expand to at most this many times its compressed size (real rulebooks stay under 20). */
  maxRatio: number;
  /** What all the streams that text extraction reads may expand to together. */
  maxTotalBytes: number;
};

/** Small streams may expand further: a short repetitive one (a rule, a pattern) is common and harmless. */
const ratioFloorBytes = 1024 * 1024;

/** Text extraction never decodes pictures, so their size says nothing about the work. */
const imageDictionary = /\/Subtype\s*\/Image(?![A-Za-z])/;
const flateFirst = /\/Filter\s*(?:\[\s*)?\/(?:FlateDecode|Fl)(?![A-Za-z])/;
const streamKeyword = /(?<!end)stream(?:\r\n|\r|\n)/g;

/**
 * Inflates the PDF's compressed streams, never past the limits, before pdf.js
 * reads them. A decompression bomb (a few kilobytes that unpack to hundreds of
 * megabytes of drawing instructions) is refused at once with a clear reason,
 * where pdf.js would spend seconds and gigabytes on it. This is a fast first
 * check that reads the file's bytes as written: streams it cannot find (inside
 * other filters, say) are still bounded by the reading worker's time and
 * memory limits. Returns the message for the person, or null when all is well.
 */
export function expansionProblem(bytes: Uint8Array, limits: ExpansionLimits): string | null {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  let total = 0;
  for (const match of text.matchAll(streamKeyword)) {
    const dictionary = text.slice(text.lastIndexOf('obj', match.index), match.index);
    if (!flateFirst.test(dictionary) || imageDictionary.test(dictionary)) continue;
    const start = match.index + match[0].length;
    const end = text.indexOf('endstream', start);
    const data = bytes.subarray(start, end < 0 ? bytes.length : end);
    const ratioCap = Math.max(ratioFloorBytes, limits.maxRatio * data.length);
    const totalCap = limits.maxTotalBytes - total;
    const expanded = inflatedSize(data, Math.min(ratioCap, totalCap));
    if (expanded === 'over' && ratioCap <= totalCap) {
      return (
        `This PDF holds compressed content that expands from ${readableSize(data.length)} to more than ${readableSize(ratioCap)}, ` +
        `over ${limits.maxRatio} times its size; no rulebook needs that, and files built this way are meant to overwhelm PDF readers. ` +
        'If the book is genuine, print or export it to a new PDF and upload that copy.'
      );
    }
    if (expanded === 'over') {
      return (
        `This PDF expands to more than ${readableSize(limits.maxTotalBytes)} of text and drawing instructions when unpacked, ` +
        'more than can be read in one import; split it into smaller parts and upload them one by one.'
      );
    }
    total += expanded;
  }
  return null;
}

/** Damaged streams count for what they yield; pdf.js decides whether the book is readable. */
function inflatedSize(data: Uint8Array, cap: number): number | 'over' {
  if (cap < 1) return 'over';
  try {
    return zlib.inflateSync(data, { maxOutputLength: cap, finishFlush: zlib.constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') return 'over';
    return 0;
  }
}
