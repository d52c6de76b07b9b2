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
import { parseQuestionSet, rankOf, score, type RankedPassage } from './retrieval-score';

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

/**
 * How well the DM's rule look-up finds the answers to a question set in a
 * rulebook: recall@5 and MRR of the hybrid search, beside vector-only and
 * full-text-only search measured in the same run, and the hybrid search's
 * latency per question. A question is found when a passage covering any of
 * its pages is ranked. With no arguments it uses the test rulebook and the
 * question set shipped for it.
 */
export async function retrievalEval(args: string[]) {
  const [file, questionsFile] = args;
  if (file && !questionsFile) throw new Error('Usage: npm run eval -- retrieval [FILE.pdf QUESTIONS.json]');
  const bytes = file ? new Uint8Array(await readFile(file)) : new Uint8Array(await rulebookPdf({ outline: true }));
  const questions = parseQuestionSet(JSON.parse(await readFile(questionsFile ?? SHIPPED_QUESTIONS, 'utf8')));
  const db = await openPglite('memory://');
  const embedder = embedderFor(readConfig().model);
  const name = file ? path.basename(file) : 'The Roundtable Test Rules';
  const ruleSystemId = (await importWhole({ db, embedder }, { name, bytes })).done.ruleSystemId!;
  const [system] = await listRuleSystems(db);

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
  await db.close();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    eval: 'retrieval',
    rulebook: name,
    questionSet: path.basename(questionsFile ?? SHIPPED_QUESTIONS),
    questions: questions.length,
    chunks: system?.chunkCount ?? 0,
    embedder: embedder.id,
    hybrid: score(ranks.hybrid),
    queryP50Ms: ms(percentile(sorted, 50)),
    queryP95Ms: ms(percentile(sorted, 95)),
    anchors: { vectorOnly: score(ranks.vector), fullTextOnly: score(ranks.fullText) },
    misses,
  };
}
