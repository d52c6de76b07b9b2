import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { readConfig } from '@/lib/config';
import { listRuleSystems } from '@/lib/db/queries/rule-systems';
import { searchRuleChunksByText } from '@/lib/db/queries/rule-text-search';
import { searchRuleChunksByVector } from '@/lib/db/queries/rule-vector-search';
import { openPglite } from '@/lib/db/pglite';
import type { Database } from '@/lib/db/types';
import { embedQuestion } from '@/lib/ai/embed';
import { embedderFor, type Embedder } from '@/lib/ai/embedding-models';
import { bookWordsFor, withoutFrame } from '@/lib/rulebooks/players-words';
import { searchRules } from '@/lib/rulebooks/search';
import { rulebookPdf } from '../fixtures/rulebook-pdf';
import { percentile } from '../bench/load';
import { importWhole } from '../import-whole';
import { meanOfSets, parseQuestionSet, rankOf, score, type RankedPassage } from './retrieval-score';

type Ranked = RankedPassage[];

const SHIPPED_QUESTIONS = path.resolve(import.meta.dirname, 'questions/test-rules.questions.json');
const DEPTH = 10;

/** The passages the hybrid search's text half alone ranks first. */
async function fullTextOnly(db: Database, ruleSystemId: string, query: string): Promise<Ranked> {
  const hits = await searchRuleChunksByText(db, { ruleSystemIds: [ruleSystemId], query: withoutFrame(query), bookWords: bookWordsFor(query), limit: DEPTH });
  return pagesOfChunks(db, hits);
}

/** The pages of passages, in the order given. */
async function pagesOfChunks(db: Database, hits: Array<{ chunkId: string }>): Promise<Ranked> {
  const { rows } = await db.query<{ id: string; page_start: number; page_end: number }>(
    'select id::text, page_start, page_end from rule_chunks where id::text = any($1::text[])',
    [hits.map((h) => h.chunkId)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.map((h) => byId.get(h.chunkId)!).map((r) => ({ pageStart: r.page_start, pageEnd: r.page_end }));
}

/** The passages the hybrid search's vector half alone ranks first: the question (without its asking) embedded with the rulebook words added for it. */
async function vectorOnly(db: Database, embedder: Embedder, ruleSystemId: string, query: string): Promise<Ranked> {
  const bookWords = bookWordsFor(query);
  const asked = withoutFrame(query);
  const embedding = await embedQuestion(embedder, bookWords ? `${asked} ${bookWords}` : asked);
  const hits = await searchRuleChunksByVector(db, { ruleSystemIds: [ruleSystemId], embedding, dimensions: embedder.dimensions, limit: DEPTH });
  return pagesOfChunks(db, hits);
}

const pagesOf = (r: RankedPassage) => (r.pageStart === r.pageEnd ? String(r.pageStart) : `${r.pageStart}-${r.pageEnd}`);
const ms = (n: number) => Math.round(n * 100) / 100;

/** One question set asked of the imported book: the hybrid look-up's ranks beside its two halves', its latency and its misses. */
async function askSet(db: Database, embedder: Embedder, ruleSystemId: string, questionsFile: string) {
  const questions = parseQuestionSet(JSON.parse(await readFile(questionsFile, 'utf8')));
  const ranks = { hybrid: [] as Array<number | null>, vector: [] as Array<number | null>, fullText: [] as Array<number | null> };
  const misses: Array<{ question: string; pages: number[]; hybridPages: string[] }> = [];
  const search = (query: string) => searchRules({ db, embedder }, { ruleSystemIds: [ruleSystemId], query, limit: DEPTH });
  // The first queries of a fresh database plan their statements and fill its caches; they are not what a table waits for.
  for (const { question } of questions.slice(0, 5)) await search(question);
  const latencies: number[] = [];
  for (const { question, pages } of questions) {
    const started = performance.now();
    const { hits } = await search(question);
    latencies.push(performance.now() - started);
    const hybrid = rankOf(hits, pages);
    ranks.hybrid.push(hybrid);
    ranks.vector.push(rankOf(await vectorOnly(db, embedder, ruleSystemId, question), pages));
    ranks.fullText.push(rankOf(await fullTextOnly(db, ruleSystemId, question), pages));
    if (hybrid === null || hybrid > 5) misses.push({ question, pages, hybridPages: hits.slice(0, 5).map(pagesOf) });
  }
  const sorted = latencies.sort((a, b) => a - b);
  return {
    questionSet: path.basename(questionsFile),
    questions: questions.length,
    hybrid: score(ranks.hybrid),
    queryP50Ms: ms(percentile(sorted, 50)),
    queryP95Ms: ms(percentile(sorted, 95)),
    anchors: { vectorOnly: score(ranks.vector), fullTextOnly: score(ranks.fullText) },
    misses,
  };
}

/**
 * How well the DM's rule look-up finds the answers to question sets in a
 * rulebook: recall@5 and MRR of the hybrid search, beside vector-only and
 * full-text-only search measured in the same run, and the hybrid search's
 * latency per question. A question is found when a passage covering any of
 * its pages is ranked. Several sets are asked of one import (importing the
 * SRD takes longer than asking it a hundred questions), with the hybrid
 * look-up's mean over the sets (`mean`). With no arguments it
 * uses the test rulebook and the question set shipped for it.
 */
export async function retrievalEval(args: string[]) {
  const [file, ...questionFiles] = args;
  if (file && questionFiles.length === 0) throw new Error('Usage: npm run eval -- retrieval [FILE.pdf QUESTIONS.json...]');
  const bytes = file ? new Uint8Array(await readFile(file)) : new Uint8Array(await rulebookPdf({ outline: true }));
  const db = await openPglite('memory://');
  const embedder = embedderFor(readConfig().model);
  const name = file ? path.basename(file) : 'The Roundtable Test Rules';
  const ruleSystemId = (await importWhole({ db, embedder }, { name, bytes })).done.ruleSystemId!;
  const [system] = await listRuleSystems(db);
  const sets = [];
  for (const questionsFile of file ? questionFiles : [SHIPPED_QUESTIONS]) sets.push(await askSet(db, embedder, ruleSystemId, questionsFile));
  await db.close();
  const about = { eval: 'retrieval', rulebook: name, chunks: system?.chunkCount ?? 0, embedder: embedder.id };
  return sets.length === 1 ? { ...about, ...sets[0] } : { ...about, mean: meanOfSets(sets.map((s) => s.hybrid)), sets };
}
