import { spawn } from 'node:child_process';
import { RulebookError } from '@/lib/rulebooks/errors';
import { extractPdf, type ExtractOptions } from '@/lib/rulebooks/extract';
import { watchEventLoop, type LoopDelay } from './event-loop';

export type ExtractionRun = {
  bytes: number;
  seconds: number;
  /** The reason a person would read, when the PDF was refused. */
  error: string | null;
  /** How long a health check on this thread would have waited meanwhile. */
  eventLoop: LoopDelay;
};

/** Reads a PDF as an import does (the import's own limits unless `options` say otherwise) and watches this thread's event loop meanwhile. */
export async function timeExtraction(bytes: Uint8Array, options: ExtractOptions = {}): Promise<ExtractionRun> {
  const watch = watchEventLoop();
  const started = performance.now();
  let error: string | null = null;
  try {
    await extractPdf(bytes, { maxBytes: 500 * 1024 * 1024, ...options });
  } catch (failure) {
    if (!RulebookError.is(failure)) throw failure;
    error = failure.message;
  }
  const seconds = (performance.now() - started) / 1000;
  return { bytes: bytes.length, seconds, error, eventLoop: await watch.stop() };
}

/** Seconds poppler's pdftotext takes on the same file, or null when it is not installed. */
export function timePdftotext(file: string): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('pdftotext', [file, '-'], { stdio: ['ignore', 'ignore', 'ignore'] });
    child.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? resolve(null) : reject(error)));
    child.on('exit', (code) => {
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`pdftotext exited with code ${code}`));
    });
  });
}
