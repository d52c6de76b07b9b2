import { setImmediate as turnOfTheLoop } from 'node:timers/promises';
import type { LanguageModel } from 'ai';
import { createActor, fromPromise, type ActorRefFrom } from 'xstate';
import { embedPassages } from '@/lib/ai/embed';
import type { Embedder } from '@/lib/ai/embedding-models';
import { pdfImportMachine, type ImportSelection, type ImportStage } from '@/machines/pdf-import.machine';
import { outlineOf, saveRuleSystem, type RuleSectionOutline } from '@/lib/db/queries/rule-systems';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import { selectSections } from '@/lib/rulebooks/chunk';
import { readRulebook } from '@/lib/rulebooks/extract';
import { modelHeadingChooser } from '@/lib/ai/structure-rulebook';
import { readEntriesWithModel } from '@/lib/ai/read-rulebook-entries';
import { parseRulebook, type ParsedRulebook } from '@/lib/rulebooks/parse';
import type { RulebookStructure } from '@/lib/rulebooks/types';
import { actorInspector } from '@/lib/agents/inspector';
import type { ImportStatus } from './import-status';

export type { ImportStatus };

/** A section as the game master chooses among them: no text, a word count instead. */
export type SectionChoice = RuleSectionOutline;

/** A rulebook's structure as the game master chooses from it. */
export type StructureChoice = { title: string; pageCount: number; source: RulebookStructure['source']; sections: SectionChoice[] };

/** What the browser sees of an import as it goes. */
export type ImportView = {
  id: string;
  fileName: string;
  status: ImportStatus;
  stage: ImportStage;
  /** Work done in the current stage, when it can be counted (pages, chunks). */
  progress: { done: number; total: number } | null;
  /** Seconds each finished stage took. */
  seconds: Partial<Record<ImportStage, number>>;
  ruleSystemId: string | null;
  error: string | null;
};

export type ImportListener = (view: ImportView) => void;

type Job = {
  view: ImportView;
  /** Who started it: only they may follow, choose for or cancel it. */
  ownerId: string;
  actor: ActorRefFrom<typeof pdfImportMachine>;
  structure: RulebookStructure | null;
  listeners: Set<ImportListener>;
  stageStarted: number;
  lastSent: number;
};

/** The local embedder takes about 6 ms for 64 passages, so a batch never holds this thread up for long. */
const EMBED_BATCH = 64;
/**
 * Passages per insert. The embedded database (PGlite) runs on this thread and
 * takes about 4 ms a passage (its vector and text indexes), so an insert of 2
 * holds the thread for about 8 ms; inserts of 4 saved the SRD 5.1 no faster
 * and doubled the p99 of the wait a health check saw. A database server takes
 * them over the network, one round trip per batch.
 */
const SAVE_BATCH = 2;
/** Progress within a stage is sent at most this often; stage changes always go at once. */
const PROGRESS_INTERVAL_MS = 100;
/** Finished imports are forgotten after this long (their rule system stays). */
const FINISHED_TTL_MS = 10 * 60_000;

export type RulebookImportsOptions = {
  db: Database;
  embedder: Embedder;
  maxBytes: number;
  /** Limits on reading one PDF (see extractPdf); unset, its defaults. */
  reading?: { timeoutMs?: number; maxMemoryMb?: number };
  selectionTimeoutMs?: number;
  /** Reads the structure of rulebooks that have no outline, when a hosted model is configured. */
  structureModel?: LanguageModel;
  /** Reads the stat blocks and spell entries the layout parser could not, when a hosted model is configured. */
  contentModel?: LanguageModel;
};

/**
 * Runs rulebook imports in this process, one pdf-import machine each, and
 * reports every stage's progress to whoever watches. An import lives in
 * memory until it is saved (as one transaction) or fails; a restart drops
 * imports still under way, and nothing of them is left in the database.
 */
export class RulebookImports {
  private readonly jobs = new Map<string, Job>();

  constructor(private readonly options: RulebookImportsOptions) {}

  start(input: { fileName: string; bytes: Uint8Array; ownerId: string }): ImportView {
    const id = crypto.randomUUID();
    const job = {
      ownerId: input.ownerId,
      view: {
        id,
        fileName: input.fileName.slice(0, 200),
        status: 'working',
        stage: 'extract',
        progress: null,
        seconds: {},
        ruleSystemId: null,
        error: null,
      },
      structure: null,
      listeners: new Set(),
      stageStarted: performance.now(),
      lastSent: 0,
    } as Omit<Job, 'actor'> as Job;
    const machine = pdfImportMachine.provide({
      actors: {
        // Reading, analysing and parsing run in worker threads; this thread only takes in their results.
        extractAndAnalyse: fromPromise(async ({ signal }) => {
          const { structureModel } = this.options;
          return readRulebook(input.bytes, {
            maxBytes: this.options.maxBytes,
            ...this.options.reading,
            signal,
            onPage: (done, total) => {
              this.progress(job, 'extract', { done, total });
              if (done === total) this.enter(job, 'structure');
            },
            chooseHeadings: structureModel ? modelHeadingChooser(structureModel) : undefined,
          });
        }),
        parse: fromPromise(async ({ input: { structure, selection }, signal }) => {
          this.enter(job, 'parse');
          const parsed = await parseRulebook(structure, selection.sectionIds, { ...this.options.reading, signal });
          if (parsed.chunks.length === 0) throw new Error('The chosen sections have no text to import');
          return this.readRest(parsed, signal, (done, total) => this.progress(job, 'parse', { done, total }));
        }),
        embed: fromPromise(async ({ input: { chunks }, signal }) => {
          this.enter(job, 'embed');
          const embeddings: number[][] = [];
          for (let at = 0; at < chunks.length; at += EMBED_BATCH) {
            // The local embedder answers without waiting on anything, so without this the whole book would be embedded in one stretch of this thread.
            await turnOfTheLoop();
            const batch = chunks.slice(at, at + EMBED_BATCH);
            const vectors = await embedPassages(this.options.embedder, batch.map((c) => `${c.heading}\n${c.text}`), signal);
            embeddings.push(...vectors);
            this.progress(job, 'embed', { done: embeddings.length, total: chunks.length });
          }
          return embeddings;
        }),
        save: fromPromise(async ({ input: { structure, selection, parsed, embeddings } }) => {
          this.enter(job, 'save');
          const ruleSystemId = crypto.randomUUID();
          await saveRuleSystem(yielding(this.options.db), {
            id: ruleSystemId,
            importedBy: job.ownerId,
            name: selection.name,
            sourceName: job.view.fileName,
            pageCount: structure.pageCount,
            embeddingModel: this.options.embedder.id,
            dimensions: this.options.embedder.dimensions,
            module: parsed.module,
            structure: outlineOf({ ...structure, sections: selectSections(structure, new Set(selection.sectionIds)) }),
            chunks: parsed.chunks.map((chunk, i) => ({ ...chunk, embedding: embeddings[i]! })),
          }, { batchSize: SAVE_BATCH });
          return ruleSystemId;
        }),
      },
    });
    job.actor = createActor(machine, {
      input: { selectionTimeoutMs: this.options.selectionTimeoutMs ?? 30 * 60_000, embedAttempts: 3, backoffMs: 500 },
      inspect: actorInspector(),
    });
    job.actor.subscribe((snapshot) => {
      if (snapshot.matches('awaitingSelection') && job.view.status === 'working') {
        job.structure = snapshot.context.structure;
        this.enter(job, 'select', 'awaitingSelection');
      } else if (snapshot.status === 'done') {
        const status = snapshot.value as 'done' | 'failed' | 'cancelled';
        this.finish(job, status, snapshot.context.ruleSystemId, snapshot.context.error);
      }
    });
    this.jobs.set(id, job);
    job.actor.start();
    return { ...job.view };
  }

  /** An import belongs to whoever started it: 404 for one that does not exist, 403 for someone else's. */
  authorise(id: string, userId: string): void {
    if (this.job(id).ownerId !== userId) throw new AppError('forbidden', 'This rulebook import was started by someone else');
  }

  view(id: string): ImportView {
    return { ...this.job(id).view };
  }

  /** The sections to choose from, once the structure is known. */
  structure(id: string): StructureChoice {
    const { structure } = this.job(id);
    if (!structure) throw new AppError('conflict', 'The rulebook is still being read; its sections are not known yet');
    return { title: structure.title, pageCount: structure.pageCount, source: structure.source, sections: outlineOf(structure) };
  }

  select(id: string, selection: ImportSelection): ImportView {
    const job = this.job(id);
    if (job.view.status !== 'awaitingSelection') throw new AppError('conflict', 'This import is not waiting for a choice of sections');
    const known = new Set(job.structure!.sections.map((s) => s.id));
    const unknown = selection.sectionIds.filter((s) => !known.has(s));
    if (unknown.length) throw new AppError('bad_request', `Unknown sections: ${unknown.slice(0, 5).join(', ')}`);
    job.actor.send({ type: 'import.select', selection });
    return { ...job.view };
  }

  cancel(id: string): void {
    this.job(id).actor.send({ type: 'import.cancel' });
  }

  subscribe(id: string, listener: ImportListener): () => void {
    const job = this.job(id);
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  stop(): void {
    for (const job of this.jobs.values()) job.actor.stop();
    this.jobs.clear();
  }

  private job(id: string): Job {
    const job = this.jobs.get(id);
    if (!job) throw new AppError('not_found', `There is no rulebook import "${id}" (imports are forgotten when the server restarts)`);
    return job;
  }

  /** The entries the layout could not read, read by the content model when there is one; what it reads adds to the module, never replaces. */
  private async readRest(parsed: ParsedRulebook, signal: AbortSignal, onRead: (done: number, total: number) => void): Promise<ParsedRulebook> {
    const { contentModel } = this.options;
    if (!contentModel || parsed.unread.length === 0) return parsed;
    const read = await readEntriesWithModel(contentModel, parsed.unread, { signal, onRead });
    const { module } = parsed;
    const monsters = read.monsters.filter((m) => !module.monsters.some((known) => known.id === m.id));
    const spells = read.spells.filter((s) => !module.spells.some((known) => known.id === s.id));
    return { ...parsed, module: { ...module, monsters: [...module.monsters, ...monsters], spells: [...module.spells, ...spells] } };
  }

  /** A new stage begins: the previous one's time is recorded and everyone is told at once. */
  private enter(job: Job, stage: ImportStage, status: ImportStatus = 'working'): void {
    const now = performance.now();
    const previous = job.view.stage;
    if (previous !== stage) job.view.seconds = { ...job.view.seconds, [previous]: round((now - job.stageStarted) / 1000) };
    job.stageStarted = now;
    job.view = { ...job.view, stage, status, progress: null };
    this.send(job);
  }

  private progress(job: Job, stage: ImportStage, progress: { done: number; total: number }): void {
    job.view = { ...job.view, stage, progress };
    if (progress.done === progress.total || performance.now() - job.lastSent >= PROGRESS_INTERVAL_MS) this.send(job);
  }

  private finish(job: Job, status: 'done' | 'failed' | 'cancelled', ruleSystemId: string | null, error: string | null): void {
    const seconds = status === 'done' ? { ...job.view.seconds, save: round((performance.now() - job.stageStarted) / 1000) } : job.view.seconds;
    job.view = { ...job.view, status, ruleSystemId, error, seconds, progress: null };
    this.send(job);
    job.listeners.clear();
    setTimeout(() => this.jobs.delete(job.view.id), FINISHED_TTL_MS).unref();
  }

  private send(job: Job): void {
    job.lastSent = performance.now();
    const view = { ...job.view };
    for (const listener of job.listeners) {
      try {
        listener(view);
      } catch (error) {
        console.error(`[import ${view.id}] a listener failed:`, error);
      }
    }
  }
}

/**
 * The database, with a turn of the event loop before each query: PGlite runs
 * queries on this thread and answers without waiting on anything, so a run of
 * them would otherwise hold the thread for the whole save.
 */
function yielding(db: Database): Database {
  const after = <T>(query: () => Promise<T>) => turnOfTheLoop().then(query);
  return {
    query: (text, params) => after(() => db.query(text, params)),
    transaction: (work) => db.transaction((tx) => work({ query: (text, params) => after(() => tx.query(text, params)) })),
    close: () => db.close(),
  };
}

function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
