import { assign, fromPromise, setup } from 'xstate';
import type { RuleChunk, RuleModule, RulebookStructure } from '@/lib/rulebooks/types';

export type ImportStage = 'extract' | 'structure' | 'select' | 'parse' | 'embed' | 'save';

export type PdfImportInput = {
  /** How long the structure waits for the game master's choice before the import is dropped. */
  selectionTimeoutMs: number;
  /** Tries at embedding (a hosted embedder may fail for a moment) before giving up. */
  embedAttempts: number;
  backoffMs: number;
};

export type ImportSelection = { name: string; sectionIds: string[] };

export type PdfImportEvent = { type: 'import.select'; selection: ImportSelection } | { type: 'import.cancel' };

type Parsed = { chunks: RuleChunk[]; module: RuleModule };

type PdfImportContext = PdfImportInput & {
  structure: RulebookStructure | null;
  selection: ImportSelection | null;
  parsed: Parsed | null;
  embeddings: number[][] | null;
  attempt: number;
  ruleSystemId: string | null;
  error: string | null;
};

function reason(error: unknown): string {
  return String((error as Error)?.message ?? error);
}

/**
 * Importing a rulebook: its text is extracted and its structure analysed;
 * the game master chooses what to import; the chosen sections are parsed
 * into chunks and a rule module, embedded (retried when the embedder fails
 * for a moment) and saved as one rule system. Any stage may fail with the
 * reason; nothing is saved before the last one.
 */
export const pdfImportMachine = setup({
  types: { input: {} as PdfImportInput, context: {} as PdfImportContext, events: {} as PdfImportEvent },
  actors: {
    extractAndAnalyse: fromPromise<RulebookStructure>(async () => {
      throw new Error('The import machine needs an extractAndAnalyse actor');
    }),
    parse: fromPromise<Parsed, { structure: RulebookStructure; selection: ImportSelection }>(async () => {
      throw new Error('The import machine needs a parse actor');
    }),
    embed: fromPromise<number[][], { chunks: RuleChunk[]; attempt: number }>(async () => {
      throw new Error('The import machine needs an embed actor');
    }),
    save: fromPromise<string, { structure: RulebookStructure; selection: ImportSelection; parsed: Parsed; embeddings: number[][] }>(async () => {
      throw new Error('The import machine needs a save actor');
    }),
  },
  guards: {
    canRetry: ({ context }) => context.attempt < context.embedAttempts,
    selectsSomething: ({ context, event }) =>
      event.type === 'import.select' &&
      event.selection.sectionIds.length > 0 &&
      event.selection.sectionIds.every((id) => context.structure?.sections.some((s) => s.id === id)),
  },
  delays: {
    selectionTimeout: ({ context }) => context.selectionTimeoutMs,
    backoff: ({ context }) => context.backoffMs * 2 ** (context.attempt - 1),
  },
}).createMachine({
  id: 'pdfImport',
  context: ({ input }) => ({
    ...input,
    structure: null,
    selection: null,
    parsed: null,
    embeddings: null,
    attempt: 1,
    ruleSystemId: null,
    error: null,
  }),
  initial: 'reading',
  on: { 'import.cancel': { target: '.cancelled' } },
  states: {
    // Extraction and structure analysis run as one job: the structure needs the whole text.
    reading: {
      invoke: {
        src: 'extractAndAnalyse',
        onDone: { target: 'awaitingSelection', actions: assign({ structure: ({ event }) => event.output }) },
        onError: { target: 'failed', actions: assign({ error: ({ event }) => reason(event.error) }) },
      },
    },
    awaitingSelection: {
      on: {
        'import.select': { guard: 'selectsSomething', target: 'parsing', actions: assign({ selection: ({ event }) => event.selection }) },
      },
      after: {
        selectionTimeout: { target: 'failed', actions: assign({ error: 'Nothing was chosen in time; upload the rulebook again to import it' }) },
      },
    },
    parsing: {
      invoke: {
        src: 'parse',
        input: ({ context }) => ({ structure: context.structure!, selection: context.selection! }),
        onDone: { target: 'embedding', actions: assign({ parsed: ({ event }) => event.output }) },
        onError: { target: 'failed', actions: assign({ error: ({ event }) => reason(event.error) }) },
      },
    },
    embedding: {
      invoke: {
        src: 'embed',
        input: ({ context }) => ({ chunks: context.parsed!.chunks, attempt: context.attempt }),
        onDone: { target: 'saving', actions: assign({ embeddings: ({ event }) => event.output }) },
        onError: [
          { guard: 'canRetry', target: 'waitingToEmbed', actions: assign({ error: ({ event }) => reason(event.error) }) },
          { target: 'failed', actions: assign({ error: ({ event }) => reason(event.error) }) },
        ],
      },
    },
    waitingToEmbed: {
      after: { backoff: { target: 'embedding', actions: assign({ attempt: ({ context }) => context.attempt + 1, error: null }) } },
    },
    saving: {
      invoke: {
        src: 'save',
        input: ({ context }) => ({
          structure: context.structure!,
          selection: context.selection!,
          parsed: context.parsed!,
          embeddings: context.embeddings!,
        }),
        onDone: { target: 'done', actions: assign({ ruleSystemId: ({ event }) => event.output, error: null }) },
        onError: { target: 'failed', actions: assign({ error: ({ event }) => reason(event.error) }) },
      },
    },
    done: { type: 'final' },
    failed: { type: 'final' },
    cancelled: { type: 'final' },
  },
});
