// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import type { PdfLine } from './types.ts';

/** A line with the page it is on; sections are spans of these. */
export type Located = { page: number; line: PdfLine };

/** Where a section's heading was found: its lines are [start, bodyStart), its text starts at bodyStart. */
export type Heading = { title: string; depth: number; page: number; start: number; bodyStart: number };

/** The type a line is set in (size and weight), as a key: headings, tags and body text are told apart by it. */
export const typeOf = (line: PdfLine) => `${line.fontSize}|${line.bold}`;

/** Whether a line is set as a lesser heading than the other: smaller, or as large and not bold where it is. */
export const ranksBelow = (line: PdfLine, other: PdfLine) => line.fontSize < other.fontSize || (line.fontSize === other.fontSize && !line.bold && other.bold);
