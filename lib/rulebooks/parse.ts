import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { RulebookError } from './errors';
import { extractionDefaults } from './extract';
import type { ParseInput } from './parse-worker';
import { ruleVocabulary } from './rule-vocabulary';
import { parsedMonsterSchema, parsedSpellSchema, unreadEntrySchema, type UnreadEntry } from './content/schema';
import type { RuleChunk, RuleModule, RulebookStructure } from './types';

/** A rulebook's chosen sections as passages and a rule module, with the entries found that the layout could not read. */
export type ParsedRulebook = { chunks: RuleChunk[]; module: RuleModule; unread: UnreadEntry[] };

export type ParseOptions = {
  /** Wall-clock time; the SRD 5.1 whole takes about a fifth of a second. */
  timeoutMs?: number;
  /** The thread's JavaScript heap. */
  maxMemoryMb?: number;
  signal?: AbortSignal;
};

const definitionSchema = z.object({ name: z.string(), summary: z.string(), page: z.number().int().positive() });
const parsedSchema = z.object({
  chunks: z.array(
    z.object({
      ordinal: z.number().int().nonnegative(),
      sectionId: z.string(),
      heading: z.string(),
      pageStart: z.number().int().positive(),
      pageEnd: z.number().int().positive(),
      text: z.string(),
      rowNames: z.array(z.string()).optional(),
    }),
  ),
  module: z.object({
    conditions: z.array(definitionSchema),
    actions: z.array(definitionSchema),
    abilities: z.array(z.string()),
    skills: z.array(z.string()),
    damageTypes: z.array(z.string()),
    monsters: z.array(z.unknown()),
    spells: z.array(z.unknown()),
  }),
  unread: z.array(unreadEntrySchema),
});

/** The entries of a list that validate; one bad entry costs only itself, never the import. */
function valid<T>(schema: z.ZodType<T>, entries: unknown[]): T[] {
  return entries.flatMap((entry) => {
    const parsed = schema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

function checked(message: unknown): ParsedRulebook {
  const { chunks, module, unread } = parsedSchema.parse(message);
  return { chunks, module: { ...module, monsters: valid(parsedMonsterSchema, module.monsters), spells: valid(parsedSpellSchema, module.spells) }, unread };
}

/**
 * The chosen sections' passages (chunkSections) and rule module
 * (buildRuleModule, parseContent), worked out in a worker thread under the
 * import's time and memory limits: the server's thread only hands over the
 * structure and takes in the result, keeping only the monsters and spells
 * that validate. Null chooses the whole book.
 */
export function parseRulebook(structure: RulebookStructure, selectedIds: string[] | null, options: ParseOptions = {}): Promise<ParsedRulebook> {
  const { timeoutMs = extractionDefaults.timeoutMs, maxMemoryMb = extractionDefaults.maxMemoryMb, signal } = options;
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const workerData: ParseInput = { structure, selectedIds, vocabulary: ruleVocabulary() };
    // See pdf-reader.ts on this form and on execArgv.
    const worker = new Worker(new URL('./parse-worker.ts', import.meta.url), {
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb },
      execArgv: [],
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      void worker.terminate();
      outcome();
    };
    const abort = () => settle(() => reject(signal!.reason));
    const timer = setTimeout(() => settle(() => reject(new RulebookError('too_slow', `Cutting the chosen sections into passages took more than ${Math.round(timeoutMs / 1000)} s, the limit for one import.`))), timeoutMs);
    signal?.addEventListener('abort', abort, { once: true });
    worker.on('message', (message: unknown) => settle(() => {
      try {
        resolve(checked(message));
      } catch (error) {
        reject(error);
      }
    }));
    worker.on('error', (error: Error & { code?: string }) =>
      settle(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new RulebookError('too_complex', `Cutting the chosen sections into passages needed more than ${maxMemoryMb} MB of memory, the limit for one import.`, { cause: error })
            : error,
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(new Error(`The parsing thread stopped (exit code ${code})`))));
  });
}
