import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { readConfig } from '@/lib/config';
import { listRuleSystems } from '@/lib/db/queries/rule-systems';
import { openPglite } from '@/lib/db/pglite';
import { embedderFor } from '@/lib/rulebooks/embedders';
import { importWhole } from '../import-whole';

/**
 * One whole import of a PDF (every section chosen) on an in-memory database,
 * timed per stage, beside pdf.js's own plain-text extraction of the same file
 * measured in this run.
 */
export async function importBench(args: string[]) {
  const file = args[0];
  if (!file) throw new Error('Usage: npm run bench -- import FILE.pdf');
  const bytes = new Uint8Array(await readFile(file));
  const db = await openPglite('memory://');
  const embedder = embedderFor(readConfig().model);
  const { done, structure } = await importWhole({ db, embedder }, { name: path.basename(file), bytes });
  const [system] = await listRuleSystems(db);
  // Choosing is the game master's time, not the import's.
  const { select: _waiting, ...stages } = done.seconds;
  const seconds = Object.values(stages).reduce((sum, s) => sum + s, 0);

  const rawStarted = performance.now();
  await extractText(await getDocumentProxy(bytes.slice()), { mergePages: false });
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  await db.close();
  const round = (n: number) => Math.round(n * 1000) / 1000;
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
    anchor: {
      what: "pdf.js plain-text extraction (unpdf's extractText), no structure, no embedding, no database",
      seconds: round(rawSeconds),
      pagesPerSecond: round(structure.pageCount / rawSeconds),
    },
  };
}
