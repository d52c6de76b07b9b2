import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { readConfig } from '@/lib/config';
import { listRuleSystems } from '@/lib/db/queries/rule-systems';
import { searchRuleChunksByVector } from '@/lib/db/queries/rule-vector-search';
import { openPglite } from '@/lib/db/pglite';
import type { Database } from '@/lib/db/types';
import { embedQuestion } from '@/lib/ai/embed';
import { embedderFor, type Embedder } from '@/lib/ai/embedding-models';
import { searchRules } from '@/lib/rulebooks/search';
import { rulebookPdf } from '../fixtures/rulebook-pdf';
import { importWhole } from '../import-whole';

/** The question-set format: each question with the page its answer is on. */
const questionsSchema = z.array(z.object({ question: z.string().min(3), page: z.number().int().positive() })).min(1);
type Question = z.infer<typeof questionsSchema>[number];
type Ranked = Array<{ pageStart: number; pageEnd: number }>;

const SHIPPED_QUESTIONS = path.resolve(import.meta.dirname, 'questions/test-rules.questions.json');
const DEPTH = 10;

/** The passages full-text search alone ranks first, as the hybrid search's text half does. */
async function fullTextOnly(db: Database, ruleSystemId: string, query: string): Promise<Ranked> {
  const { rows } = await db.query<{ page_start: number; page_end: number }>(
    `select c.page_start, c.page_end from rule_chunks c, websearch_to_tsquery('english', $2) q
     where c.rule_system_id = $1 and c.tsv @@ q order by ts_rank_cd(c.tsv, q) desc, c.id limit $3`,
    [ruleSystemId, query, DEPTH],
  );
  return rows.map((r) => ({ pageStart: r.page_start, pageEnd: r.page_end }));
}

async function vectorOnly(db: Database, embedder: Embedder, ruleSystemId: string, query: string): Promise<Ranked> {
  const embedding = await embedQuestion(embedder, query);
  const hits = await searchRuleChunksByVector(db, { ruleSystemIds: [ruleSystemId], embedding, dimensions: embedder.dimensions, limit: DEPTH });
  const { rows } = await db.query<{ id: string; page_start: number; page_end: number }>(
    'select id::text, page_start, page_end from rule_chunks where id::text = any($1::text[])',
    [hits.map((h) => h.chunkId)],
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  return hits.map((h) => byId.get(h.chunkId)!).map((r) => ({ pageStart: r.page_start, pageEnd: r.page_end }));
}

/** Where the first passage on the expected page is ranked (1-based), or null when it is not in the first DEPTH. */
function rankOf(ranked: Ranked, page: number): number | null {
  const index = ranked.findIndex((r) => r.pageStart <= page && page <= r.pageEnd);
  return index < 0 ? null : index + 1;
}

function score(ranks: Array<number | null>) {
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return {
    recallAt5: round(ranks.filter((r) => r !== null && r <= 5).length / ranks.length),
    mrr: round(ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / ranks.length),
  };
}

/**
 * How well the DM's rule look-up finds the answers to a question set in a
 * rulebook: recall@5 and MRR of the hybrid search, beside vector-only and
 * full-text-only search measured in the same run. With no arguments it uses
 * the test rulebook and the question set shipped for it.
 */
export async function retrievalEval(args: string[]) {
  const [file, questionsFile] = args;
  if (file && !questionsFile) throw new Error('Usage: npm run eval -- retrieval [FILE.pdf QUESTIONS.json]');
  const bytes = file ? new Uint8Array(await readFile(file)) : new Uint8Array(await rulebookPdf({ outline: true }));
  const questions: Question[] = questionsSchema.parse(JSON.parse(await readFile(questionsFile ?? SHIPPED_QUESTIONS, 'utf8')));
  const db = await openPglite('memory://');
  const embedder = embedderFor(readConfig().model);
  const name = file ? path.basename(file) : 'The Roundtable Test Rules';
  const ruleSystemId = (await importWhole({ db, embedder }, { name, bytes })).done.ruleSystemId!;
  const [system] = await listRuleSystems(db);

  const ranks = { hybrid: [] as Array<number | null>, vector: [] as Array<number | null>, fullText: [] as Array<number | null> };
  const misses: Array<{ question: string; page: number; hybridPages: number[] }> = [];
  for (const { question, page } of questions) {
    const { hits } = await searchRules({ db, embedder }, { ruleSystemIds: [ruleSystemId], query: question, limit: DEPTH });
    const hybrid = rankOf(hits, page);
    ranks.hybrid.push(hybrid);
    ranks.vector.push(rankOf(await vectorOnly(db, embedder, ruleSystemId, question), page));
    ranks.fullText.push(rankOf(await fullTextOnly(db, ruleSystemId, question), page));
    if (hybrid === null || hybrid > 5) misses.push({ question, page, hybridPages: hits.slice(0, 5).map((h) => h.pageStart) });
  }
  await db.close();
  return {
    eval: 'retrieval',
    rulebook: name,
    questionSet: path.basename(questionsFile ?? SHIPPED_QUESTIONS),
    questions: questions.length,
    chunks: system?.chunkCount ?? 0,
    embedder: embedder.id,
    hybrid: score(ranks.hybrid),
    anchors: { vectorOnly: score(ranks.vector), fullTextOnly: score(ranks.fullText) },
    misses,
  };
}
