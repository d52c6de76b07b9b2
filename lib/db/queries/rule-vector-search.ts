import type { Database, Queryable } from '../types';
import { checkedDimensions, toVectorLiteral } from './pgvector';

/** Vector lengths with an HNSW index of their own (see the rule_systems migration); others are searched exactly. */
export const INDEXED_DIMENSIONS: readonly number[] = [384, 1536];

/**
 * How wide the HNSW search looks (pgvector's hnsw.ef_search): candidates kept while walking the graph.
 * Chosen by `npm run bench -- retrieval` with the index's m = 16 and ef_construction = 128.
 */
export const HNSW_EF_SEARCH = 200;

/**
 * How a vector ranking is computed. `hnsw`: a walk of the length's HNSW graph
 * (approximate, fast at any size). `exact`: the selected passages' distances,
 * all of them (exact; fast when few passages are selected).
 */
export type VectorStrategy = 'hnsw' | 'exact';

/**
 * Below this many selected passages the vector ranking scans them all: exact
 * (an HNSW walk can miss a passage that stands apart from its neighbours,
 * which short questions embedded by the local embedder make likely) and
 * still cheap (about 3 µs a passage in PGlite, some 5 ms for 1,500). Above
 * it the scan alone would spend most of a look-up's 20 ms; the graph walk
 * finds the SRD's answers as well (the retrieval eval, 2,579 passages).
 */
export const EXACT_SEARCH_MAX_CHUNKS = 1500;

/**
 * `exact` for small libraries, and for a small part of a large one (the graph
 * walk would mostly meet passages of other rule systems and throw them away);
 * `hnsw` otherwise.
 */
export function chooseVectorStrategy(selected: number, total: number): VectorStrategy {
  return selected <= EXACT_SEARCH_MAX_CHUNKS || selected * 10 < total ? 'exact' : 'hnsw';
}

/** The strategy asked for, or by default the fitting one; vector lengths without an HNSW index are always scanned. */
export function strategyFor(asked: VectorStrategy | 'auto' | undefined, scope: VectorScope, dimensions: number): VectorStrategy {
  if (!INDEXED_DIMENSIONS.includes(dimensions)) return 'exact';
  return !asked || asked === 'auto' ? chooseVectorStrategy(scope.selectedChunks, scope.totalChunks) : asked;
}

export type VectorScope = {
  /** The requested rule systems whose vectors have this length. */
  ruleSystemIds: string[];
  selectedChunks: number;
  totalChunks: number;
};

export async function scopeOf(tx: Queryable, ruleSystemIds: string[], dimensions: number): Promise<VectorScope> {
  const { rows } = await tx.query<{ id: string; chunk_count: number }>('select id, chunk_count from rule_systems where dimensions = $1', [dimensions]);
  const wanted = new Set(ruleSystemIds);
  const selected = rows.filter((r) => wanted.has(r.id));
  return {
    ruleSystemIds: selected.map((r) => r.id),
    selectedChunks: selected.reduce((sum, r) => sum + r.chunk_count, 0),
    totalChunks: rows.reduce((sum, r) => sum + r.chunk_count, 0),
  };
}

/**
 * The SQL of a vector ranking: `$1` the question's vector, `$2` the rule
 * system ids, `$3` how many. The dimension goes into the text (a type
 * modifier cannot be a parameter), checked to be a plain integer.
 */
export function vectorTopK(strategy: VectorStrategy, dimensions: number): string {
  const n = checkedDimensions(dimensions);
  if (strategy === 'exact') {
    // `embedding <=> $1::vector` is not the indexed expression: the passages are found by their
    // rule system (its index or a scan, as the planner likes) and every distance is computed.
    return `select c.id, c.embedding <=> $1::vector as distance
      from rule_chunks c
      where c.dimensions = ${n} and c.rule_system_id = any($2::uuid[])
      order by distance, c.id
      limit $3`;
  }
  // The HNSW expression index `(embedding::vector(N)) where dimensions = N`, which the ORDER BY and
  // the predicate match. The rule-system filter is written on the id's text so no other index can
  // serve it: with sequential scans off for the transaction, the graph walk is the only plan left
  // (PGlite has no autovacuum to keep statistics, and its planner would otherwise scan tables of
  // a few thousand passages, ten times slower). Iterative scans keep walking when the filter drops
  // what was found.
  return `select c.id, c.embedding::vector(${n}) <=> $1::vector(${n}) as distance
    from rule_chunks c
    where c.dimensions = ${n} and c.rule_system_id::text = any($2::text[])
    order by distance
    limit $3`;
}

/** Settings for this transaction only. */
export async function prepareVectorSearch(tx: Queryable, strategy: VectorStrategy, candidates: number, efSearch = HNSW_EF_SEARCH): Promise<void> {
  if (strategy === 'exact') return;
  await tx.query(
    `select set_config('hnsw.ef_search', $1, true), set_config('hnsw.iterative_scan', 'relaxed_order', true),
       set_config('enable_seqscan', 'off', true)`,
    [String(Math.min(1000, Math.max(efSearch, candidates)))],
  );
}

export type VectorSearchInput = {
  ruleSystemIds: string[];
  embedding: number[];
  dimensions: number;
  limit?: number;
  /** Overrides HNSW_EF_SEARCH (never below `limit`). */
  efSearch?: number;
  /** `auto` (the default) picks by how many passages are selected, see chooseVectorStrategy. */
  strategy?: VectorStrategy | 'auto';
};

export type VectorHit = { chunkId: string; distance: number };

/** The nearest passages by cosine distance alone (the vector half of the hybrid search). */
export async function searchRuleChunksByVector(db: Database, input: VectorSearchInput): Promise<VectorHit[]> {
  const limit = input.limit ?? 10;
  return db.transaction(async (tx) => {
    const scope = await scopeOf(tx, input.ruleSystemIds, input.dimensions);
    if (scope.ruleSystemIds.length === 0) return [];
    const strategy = strategyFor(input.strategy, scope, input.dimensions);
    await prepareVectorSearch(tx, strategy, limit, input.efSearch);
    const { rows } = await tx.query<{ id: string | number; distance: number }>(
      // Relaxed order can return a few neighbours slightly out of order; the outer sort puts them right.
      `select id, distance from (${vectorTopK(strategy, input.dimensions)}) v order by distance, id`,
      [toVectorLiteral(input.embedding), scope.ruleSystemIds, limit],
    );
    return rows.map((r) => ({ chunkId: String(r.id), distance: Number(r.distance) }));
  });
}

/**
 * The true nearest passages by scanning every selected passage, no index at
 * all: the reference the benchmark measures the HNSW search's recall against.
 */
export async function exactSearchRuleChunks(db: Database, input: Omit<VectorSearchInput, 'efSearch' | 'strategy'>): Promise<VectorHit[]> {
  const dimensions = checkedDimensions(input.dimensions);
  if (input.ruleSystemIds.length === 0) return [];
  return db.transaction(async (tx) => {
    await tx.query(`select set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'off', true)`);
    const { rows } = await tx.query<{ id: string | number; distance: number }>(
      `select c.id, c.embedding <=> $1::vector as distance
       from rule_chunks c
       where c.dimensions = ${dimensions} and c.rule_system_id = any($2::uuid[])
       order by distance, c.id
       limit $3`,
      [toVectorLiteral(input.embedding), input.ruleSystemIds, input.limit ?? 10],
    );
    return rows.map((r) => ({ chunkId: String(r.id), distance: Number(r.distance) }));
  });
}
