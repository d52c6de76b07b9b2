import type { Database, Queryable } from '../types';
import { toVectorLiteral } from './pgvector';
import { prepareVectorSearch, scopeOf, strategyFor, vectorTopK, type VectorStrategy } from './rule-vector-search';

/**
 * The full-text ranking scores at most this many matching passages. A question
 * whose words are in more passages than this says little by its words (the
 * vector ranking carries it), and ranking them all would cost tens of
 * milliseconds in PGlite.
 */
export const TEXT_MATCH_CAP = 1000;

/** Reciprocal rank fusion's constant: a passage's score is the sum over result lists of 1 / (k + rank). */
export const RRF_K = 60;

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
  /** The question as typed; read as web-search syntax ("quoted phrases", or, -excluded). */
  query: string;
  /** The question embedded by the rule systems' embedder. */
  embedding: number[];
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

/** The hybrid statement: `$4` the question's text, `$5` how many fused passages to return. */
function hybridSql(strategy: VectorStrategy, dimensions: number): string {
  return `with vector_hits as materialized (
      select id, row_number() over (order by distance, id) as rank
      from (${vectorTopK(strategy, dimensions)}) v
    ),
    text_hits as materialized (
      select id, row_number() over (order by score desc, id) as rank
      from (
        select m.id, ts_rank_cd(m.tsv, m.q) as score
        from (
          select c.id, c.tsv, q
          from rule_chunks c, websearch_to_tsquery('english', $4) q
          where c.rule_system_id = any($2::uuid[]) and c.tsv @@ q
          limit ${TEXT_MATCH_CAP}
        ) m
        order by score desc
        limit $3
      ) t
    ),
    fused as (
      select id, sum(1.0 / (${RRF_K} + rank))::float8 as score
      from (select id, rank from vector_hits union all select id, rank from text_hits) h
      group by id
    )
    select c.id, c.rule_system_id, s.name as rule_system_name, c.heading, c.page_start, c.page_end, c.text, f.score
    from fused f
    join rule_chunks c on c.id = f.id
    join rule_systems s on s.id = c.rule_system_id
    order by f.score desc, c.id
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
    return run(tx, hybridSql(strategy, input.dimensions), [toVectorLiteral(input.embedding), scope.ruleSystemIds, candidates, input.query, limit]);
  });
}

/**
 * Hybrid retrieval over the given rule systems (those whose vectors have
 * `dimensions`): the top passages by vector (cosine; HNSW or an exact scan,
 * see chooseVectorStrategy) and the top passages by full text
 * (websearch_to_tsquery, ranked by ts_rank_cd), fused by reciprocal rank
 * fusion. One statement in one transaction, which holds the HNSW settings.
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
