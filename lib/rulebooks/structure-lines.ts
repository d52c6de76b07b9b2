// Runs inside the PDF reading worker: see pdf-text.ts on its imports and syntax.
import type { PdfLine } from './types.ts';

/** A line with the page it is on; sections are spans of these. */
export type Located = { page: number; line: PdfLine };

/** Where a section's heading was found: its lines are [start, bodyStart), its text starts at bodyStart. */
export type Heading = { title: string; depth: number; page: number; start: number; bodyStart: number };
