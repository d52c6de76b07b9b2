import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfig } from '@/lib/config';
import { listRuleSystems } from '@/lib/db/queries/rule-systems';
import { openPglite } from '@/lib/db/pglite';
import { embedderFor } from '@/lib/ai/embedding-models';
import { extractionDefaults } from '@/lib/rulebooks/extract';
import { bombPdf } from '../fixtures/bomb-pdf';
import { importWhole } from '../import-whole';
import { watchEventLoop } from './event-loop';
import { timeExtraction, timePdftotext, type ExtractionRun } from './extraction';

/** Extraction and pdftotext alternate this many times; medians are reported. */
const ROUNDS = 3;
const BOMB_MEGABYTES = 64;
const BOMB_READ_TIMEOUT_MS = 5_000;

/**
 * One whole import of a PDF (every section chosen) on an in-memory database,
 * timed per stage, with the server thread's event-loop delay over all of it;
 * then text extraction alone beside poppler's pdftotext on the same file in
 * this run, and the event-loop delay while a book and a decompression bomb
 * are read.
 */
export async function importBench(args: string[]) {
  const file = args[0];
  if (!file) throw new Error('Usage: npm run bench -- import FILE.pdf');
  const bytes = new Uint8Array(await readFile(file));
  const db = await openPglite('memory://');
  const embedder = embedderFor(readConfig().model);
  const watch = watchEventLoop();
  const { done, structure } = await importWhole({ db, embedder }, { name: path.basename(file), bytes });
  const importLoop = await watch.stop();
  const [system] = await listRuleSystems(db);
  await db.close();
  // Choosing is the game master's time, not the import's.
  const { select: _waiting, ...stages } = done.seconds;
  const seconds = Object.values(stages).reduce((sum, s) => sum + s, 0);

  const ours: number[] = [];
  const theirs: number[] = [];
  const book: ExtractionRun[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const anchor = await timePdftotext(file);
    if (anchor !== null) theirs.push(anchor);
    const run = await timeExtraction(bytes);
    if (run.error) throw new Error(`Extraction failed: ${run.error}`);
    ours.push(run.seconds);
    book.push(run);
  }
  const bombBytes = new Uint8Array(await bombPdf({ megabytes: BOMB_MEGABYTES }));
  const bomb = await timeExtraction(bombBytes);
  // The same file with the expansion check off, so a worker spends its whole time limit on it.
  const bombRead = await timeExtraction(bombBytes, { maxExpansionRatio: Number.MAX_SAFE_INTEGER, timeoutMs: BOMB_READ_TIMEOUT_MS });

  const extraction = median(ours);
  const pdftotext = theirs.length > 0 ? median(theirs) : null;
  const ratio = pdftotext === null ? null : extraction / pdftotext;
  const bookP99 = Math.max(...book.map((run) => run.eventLoop.p99Ms));
  return {
    bench: 'import',
    file: path.basename(file),
    pages: structure.pageCount,
    sections: structure.sections.length,
    structureFrom: structure.source,
    chunks: system?.chunkCount ?? 0,
    embedder: embedder.id,
    secondsPerStage: stages,
    seconds: round(seconds),
    pagesPerSecond: round(structure.pageCount / seconds),
    eventLoopDelayMs: { what: 'over the whole import, extraction to saving', p99: round(importLoop.p99Ms), max: round(importLoop.maxMs) },
    extraction: {
      what: `extractPdf alone, ${extractionDefaults.threads} reading thread(s), median of ${ROUNDS}`,
      seconds: round(extraction),
      runs: ours.map(round),
      pagesPerSecond: round(structure.pageCount / extraction),
      eventLoopDelayMs: { p99: round(bookP99), max: round(Math.max(...book.map((run) => run.eventLoop.maxMs))) },
    },
    pdftotext:
      pdftotext === null
        ? { missing: 'pdftotext was not found (Debian: poppler-utils), so this run has no anchor' }
        : { what: `poppler's pdftotext to /dev/null, median of ${ROUNDS}`, seconds: round(pdftotext), runs: theirs.map(round) },
    ratio: ratio === null ? null : round(ratio),
    bomb: {
      what: `a ${Math.ceil(bomb.bytes / 1024)} KB PDF whose content stream expands to ${BOMB_MEGABYTES} MB`,
      refused: { seconds: round(bomb.seconds), reason: bomb.error, eventLoopDelayMs: loopDelay(bomb) },
      readAnyway: {
        what: `the expansion check off, so pdf.js reads it until the time limit (${BOMB_READ_TIMEOUT_MS / 1000} s here)`,
        seconds: round(bombRead.seconds),
        reason: bombRead.error,
        eventLoopDelayMs: loopDelay(bombRead),
      },
    },
    goals: { ratio: 'extraction at most 2 times pdftotext', eventLoopP99Ms: 'under 100 over a whole import, and while a book or a bomb is read' },
    met: {
      ratio: ratio === null ? null : ratio <= 2,
      eventLoopP99Under100ms: Math.max(importLoop.p99Ms, bookP99, bomb.eventLoop.p99Ms, bombRead.eventLoop.p99Ms) < 100,
    },
  };
}

function loopDelay(run: ExtractionRun) {
  return { p99: round(run.eventLoop.p99Ms), max: round(run.eventLoop.maxMs) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
