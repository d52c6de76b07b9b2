import type { Database, Queryable } from '../types';
import { toVectorLiteral } from './pgvector';
import { textTopK } from './rule-text-search';
import { prepareVectorSearch, scopeOf, strategyFor, vectorTopK, type VectorStrategy } from './rule-vector-search';

/** Reciprocal rank fusion's constant: a passage's score is the sum over result lists of 1 / (k + rank). */
export const RRF_K = 60;

/**
 * How many of a section's passages one hit brings together, best first and
 * then in the book's order: a rule often runs over two passages (and a page
 * break), and its example or exception is no less the answer than its first
 * sentence.
 */
export const PASSAGES_PER_SECTION = 2;

/**
 * What a passage gains when every word of its section's title is in the
 * question (or among the rulebook words added for it), as a share of what
 * ranking first in one list is worth: the section named "Fireball" is the
 * answer to a question about fireball, where "Delayed Blast Fireball" and
 * "Wand of Fireballs" only share a word with it.
 */
export const TITLE_MATCH_BOOST = 0.4;

export type RuleSearchHit = {
  chunkId: string;
  ruleSystemId: string;
  ruleSystemName: string;
  heading: string;
  pageStart: number;
  pageEnd: number;
  text: string;
  /** The fused score: the sum of 1 / (RRF_K + rank) over the vector and the full-text rankings. */
  score: number;
};

export type HybridSearchInput = {
  ruleSystemIds: string[];
  /** The question as asked: any of its words may match. */
  query: string;
  /** Rulebook words searched beside the question's, for the players' words in it ("grab" → "grapple"). */
  bookWords?: string;
  /** The question embedded by the rule systems' embedder. */
  embedding: number[];
  /** What the vector ranking counts in the fusion beside the full text's 1 (the embedder's, see Embedder); 1 by default. */
  vectorWeight?: number;
  dimensions: number;
  limit?: number;
  /** How many passages each ranking contributes before fusion; defaults to max(limit * 4, 40). */
  candidates?: number;
  efSearch?: number;
  strategy?: VectorStrategy | 'auto';
};

type HitRow = {
  id: string | number;
  rule_system_id: string;
  rule_system_name: string;
  heading: string;
  page_start: number;
  page_end: number;
  text: string;
  score: number;
};

/**
 * The hybrid statement: `$1` the question's vector, `$2` the rule system ids,
 * `$3` how many passages each ranking gives, `$4` the question, `$5` how many
 * passages to return, `$6` the rulebook words added for the question, `$7`
 * the vector ranking's weight in the fusion.
 *
 * A section is cited once, with its best passages (see PASSAGES_PER_SECTION)
 * and the pages they cover: its other passages would crowd out the next rule.
 * A text is cited once, wherever it is printed (the book repeats "Ability
 * Score Improvement" for every class).
 */
function hybridSql(strategy: VectorStrategy, dimensions: number): string {
  return `with vector_hits as materialized (
      select id, row_number() over (order by distance, id) as rank
      from (${vectorTopK(strategy, dimensions)}) v
    ),
    text_hits as materialized (
      select id, row_number() over (order by score desc, id) as rank
      from (${textTopK({ systems: '$2', limit: '$3', question: '$4', bookWords: '$6' })}) t
    ),
    fused as (
      select id, sum(weight / (${RRF_K} + rank))::float8 as score
      from (select id, rank, $7::float8 as weight from vector_hits union all select id, rank, 1.0::float8 from text_hits) h
      group by id
    ),
    asked as (
      select tsvector_to_array(to_tsvector('english', $4::text || ' ' || $6::text)) as lexemes
    ),
    titled as (
      select c.rule_system_id, c.section_id, c.id, c.ordinal, c.page_start, c.page_end, c.text,
        f.score + case when cardinality(t.lexemes) > 0 and t.lexemes <@ a.lexemes then ${TITLE_MATCH_BOOST}::float8 / (${RRF_K} + 1) else 0 end as score
      from fused f
      join rule_chunks c on c.id = f.id
      cross join asked a
      cross join lateral (select tsvector_to_array(to_tsvector('english', regexp_replace(c.heading, '^.*› ', ''))) as lexemes) t
    ),
    section_hits as (
      select *, row_number() over (partition by rule_system_id, section_id order by score desc, id) as place
      from titled
    ),
    sections as (
      select (array_agg(id order by place))[1] as id, max(score) as score,
        min(page_start) as page_start, max(page_end) as page_end, string_agg(text, E'\n\n' order by ordinal) as text
      from section_hits
      where place <= ${PASSAGES_PER_SECTION}
      group by rule_system_id, section_id
    ),
    distinct_texts as (
      select distinct on (md5(text)) id, score, page_start, page_end, text
      from sections
      order by md5(text), score desc, id
    )
    select d.id, c.rule_system_id, s.name as rule_system_name, c.heading, d.page_start, d.page_end, d.text, d.score
    from distinct_texts d
    join rule_chunks c on c.id = d.id
    join rule_systems s on s.id = c.rule_system_id
    order by d.score desc, d.id
    limit $5`;
}

async function runHybrid<T>(
  db: Database,
  input: HybridSearchInput,
  run: (tx: Queryable, sql: string, params: unknown[]) => Promise<T>,
  empty: T,
): Promise<T> {
  const limit = input.limit ?? 8;
  const candidates = input.candidates ?? Math.max(limit * 4, 40);
  return db.transaction(async (tx) => {
    const scope = await scopeOf(tx, input.ruleSystemIds, input.dimensions);
    if (scope.ruleSystemIds.length === 0) return empty;
    const strategy = strategyFor(input.strategy, scope, input.dimensions);
    await prepareVectorSearch(tx, strategy, candidates, input.efSearch);
    return run(tx, hybridSql(strategy, input.dimensions), [
      toVectorLiteral(input.embedding),
      scope.ruleSystemIds,
      candidates,
      input.query,
      limit,
      input.bookWords ?? '',
      input.vectorWeight ?? 1,
    ]);
  });
}

/**
 * Hybrid retrieval over the given rule systems (those whose vectors have
 * `dimensions`): the top passages by vector (cosine; HNSW or an exact scan,
 * see chooseVectorStrategy) and the top passages by full text (BM25 over
 * any of the question's words, see textTopK), fused by reciprocal rank
 * fusion, each section and each text once. One statement in one
 * transaction, which holds the HNSW settings.
 */
export async function searchRuleChunks(db: Database, input: HybridSearchInput): Promise<RuleSearchHit[]> {
  return runHybrid(
    db,
    input,
    async (tx, sql, params) => {
      const { rows } = await tx.query<HitRow>(sql, params);
      return rows.map((r) => ({
        chunkId: String(r.id),
        ruleSystemId: r.rule_system_id,
        ruleSystemName: r.rule_system_name,
        heading: r.heading,
        pageStart: r.page_start,
        pageEnd: r.page_end,
        text: r.text,
        score: Number(r.score),
      }));
    },
    [],
  );
}

/** The plan Postgres chooses for searchRuleChunks with this input, one line per row of EXPLAIN. */
export async function explainRuleSearch(db: Database, input: HybridSearchInput): Promise<string[]> {
  return runHybrid(
    db,
    input,
    async (tx, sql, params) => (await tx.query<{ 'QUERY PLAN': string }>(`explain ${sql}`, params)).rows.map((r) => r['QUERY PLAN']),
    [],
  );
}
