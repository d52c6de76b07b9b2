import type { RuleChunk, RuleModule, RulebookSection, RulebookStructure } from '@/lib/rulebooks/types';
import type { Database, Queryable } from '../types';

/** Vector lengths with an HNSW index of their own (see the rule_systems migration); others are searched exactly. */
export const INDEXED_DIMENSIONS: readonly number[] = [384, 1536];

/**
 * How wide the HNSW search looks (pgvector's hnsw.ef_search): candidates kept while walking the graph.
 * Chosen by `npm run bench -- retrieval` with the index's m = 16 and ef_construction = 128.
 */
export const HNSW_EF_SEARCH = 200;

/**
 * The full-text ranking scores at most this many matching passages. A question
 * whose words are in more passages than this says little by its words (the
 * vector ranking carries it), and ranking them all would cost tens of
 * milliseconds in PGlite.
 */
export const TEXT_MATCH_CAP = 1000;

/** Reciprocal rank fusion's constant: a passage's score is the sum over result lists of 1 / (k + rank). */
export const RRF_K = 60;

/** A section as the import screen shows it: everything but its text (a word count may stand in for it). */
export type RuleSectionOutline = Omit<RulebookSection, 'text' | 'pageOffsets'> & { words?: number };

/** What is kept of a rulebook's structure, for display: its sections without their text. */
export type RuleSystemStructure = RuleSectionOutline[];

/** The sections of a structure without their text, with their word counts. */
export function outlineOf(structure: RulebookStructure): RuleSystemStructure {
  return structure.sections.map(({ text, pageOffsets: _offsets, ...section }) => ({
    ...section,
    words: text.split(/\s+/).filter(Boolean).length,
  }));
}

export type EmbeddedRuleChunk = RuleChunk & { embedding: number[] };

export type NewRuleSystem = {
  id: string;
  /** Who imported it: they (or an operator) may delete it. Systems imported before imports had owners have none. */
  importedBy?: string | null;
  name: string;
  sourceName: string;
  pageCount: number;
  /** The embedder's id, e.g. 'local-hash-384'; questions must be embedded by the same one. */
  embeddingModel: string;
  dimensions: number;
  module: RuleModule;
  structure: RuleSystemStructure;
  chunks: EmbeddedRuleChunk[];
};

export type RuleSystemSummary = Omit<NewRuleSystem, 'module' | 'structure' | 'chunks' | 'importedBy'> & {
  importedBy: string | null;
  chunkCount: number;
  createdAt: string;
};

export type RuleSystemRecord = RuleSystemSummary & { module: RuleModule; structure: RuleSystemStructure };

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

/** pgvector's text form of a vector. */
export function toVectorLiteral(embedding: readonly number[]): string {
  return `[${embedding.join(',')}]`;
}

/** The dimension goes into the SQL text (a type modifier cannot be a parameter), so it must be a plain integer. */
function checkedDimensions(dimensions: number): number {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 16_000) throw new Error(`Invalid vector dimensions: ${dimensions}`);
  return dimensions;
}

const DEFAULT_BATCH_SIZE = 1000;

/**
 * Saves a rule system and all of its passages in one transaction: a failed
 * import (a bad vector, a repeated ordinal, a lost connection) leaves nothing
 * behind. Passages go in as multi-row inserts of `batchSize`.
 */
export async function saveRuleSystem(db: Database, system: NewRuleSystem, options: { batchSize?: number } = {}): Promise<void> {
  const dimensions = checkedDimensions(system.dimensions);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  await db.transaction(async (tx) => {
    await tx.query(
      `insert into rule_systems (id, name, source_name, page_count, embedding_model, dimensions, module, structure, imported_by)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        system.id,
        system.name,
        system.sourceName,
        system.pageCount,
        system.embeddingModel,
        dimensions,
        JSON.stringify(system.module),
        JSON.stringify(system.structure),
        system.importedBy ?? null,
      ],
    );
    for (let start = 0; start < system.chunks.length; start += batchSize) {
      const batch = system.chunks.slice(start, start + batchSize);
      await tx.query(
        `insert into rule_chunks (rule_system_id, dimensions, ordinal, section_id, heading, page_start, page_end, text, embedding)
         select $1::uuid, $2::int, u.ordinal, u.section_id, u.heading, u.page_start, u.page_end, u.text, u.embedding::vector
         from unnest($3::int[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[])
           as u (ordinal, section_id, heading, page_start, page_end, text, embedding)`,
        [
          system.id,
          dimensions,
          batch.map((c) => c.ordinal),
          batch.map((c) => c.sectionId),
          batch.map((c) => c.heading),
          batch.map((c) => c.pageStart),
          batch.map((c) => c.pageEnd),
          batch.map((c) => c.text),
          batch.map((c) => toVectorLiteral(c.embedding)),
        ],
      );
    }
    await tx.query('update rule_systems set chunk_count = $2 where id = $1', [system.id, system.chunks.length]);
  });
  await tidyAfterBulkWrite(db);
}

/**
 * PGlite runs no autovacuum: after a bulk write, the planner's statistics are
 * refreshed and the full-text index's pending list (where new entries wait to
 * be merged, and which every search reads through) is merged. Best effort: a
 * server's autovacuum does both in time, and a role that does not own the
 * table may not.
 */
async function tidyAfterBulkWrite(db: Database): Promise<void> {
  await db.query('analyze rule_chunks').catch(() => {});
  await db.query(`select gin_clean_pending_list('rule_chunks_tsv_idx'::regclass)`).catch(() => {});
}

type SummaryRow = {
  id: string;
  imported_by: string | null;
  name: string;
  source_name: string;
  page_count: number;
  embedding_model: string;
  dimensions: number;
  chunk_count: number;
  created_at: Date | string;
};

function summary(row: SummaryRow): RuleSystemSummary {
  return {
    id: row.id,
    importedBy: row.imported_by,
    name: row.name,
    sourceName: row.source_name,
    pageCount: row.page_count,
    embeddingModel: row.embedding_model,
    dimensions: row.dimensions,
    chunkCount: Number(row.chunk_count),
    createdAt: new Date(row.created_at).toISOString(),
  };
}

const summaryColumns = 's.id, s.imported_by, s.name, s.source_name, s.page_count, s.embedding_model, s.dimensions, s.chunk_count, s.created_at';

export async function listRuleSystems(db: Queryable): Promise<RuleSystemSummary[]> {
  const { rows } = await db.query<SummaryRow>(`select ${summaryColumns} from rule_systems s order by s.created_at, s.name`);
  return rows.map(summary);
}

export async function getRuleSystem(db: Queryable, { id }: { id: string }): Promise<RuleSystemRecord | null> {
  const { rows } = await db.query<SummaryRow & { module: RuleModule; structure: RuleSystemStructure }>(
    `select ${summaryColumns}, s.module, s.structure from rule_systems s where s.id = $1`,
    [id],
  );
  const row = rows[0];
  return row ? { ...summary(row), module: row.module, structure: row.structure } : null;
}

/** Deletes a rule system with its passages; false when there was none. */
export async function deleteRuleSystem(db: Queryable, { id }: { id: string }): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>('delete from rule_systems where id = $1 returning id', [id]);
  return rows.length > 0;
}

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
 * still cheap (about 3 µs a passage in PGlite, some 12 ms for 4,000).
 */
export const EXACT_SEARCH_MAX_CHUNKS = 4000;

/**
 * `exact` for small libraries, and for a small part of a large one (the graph
 * walk would mostly meet passages of other rule systems and throw them away);
 * `hnsw` otherwise.
 */
export function chooseVectorStrategy(selected: number, total: number): VectorStrategy {
  return selected <= EXACT_SEARCH_MAX_CHUNKS || selected * 10 < total ? 'exact' : 'hnsw';
}

/** The strategy asked for, or by default the fitting one; vector lengths without an HNSW index are always scanned. */
function strategyFor(asked: VectorStrategy | 'auto' | undefined, scope: Scope, dimensions: number): VectorStrategy {
  if (!INDEXED_DIMENSIONS.includes(dimensions)) return 'exact';
  return !asked || asked === 'auto' ? chooseVectorStrategy(scope.selectedChunks, scope.totalChunks) : asked;
}

type Scope = {
  /** The requested rule systems whose vectors have this length. */
  ruleSystemIds: string[];
  selectedChunks: number;
  totalChunks: number;
};

async function scopeOf(tx: Queryable, ruleSystemIds: string[], dimensions: number): Promise<Scope> {
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
function vectorTopK(strategy: VectorStrategy, dimensions: number): string {
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
async function prepare(tx: Queryable, strategy: VectorStrategy, candidates: number, efSearch = HNSW_EF_SEARCH): Promise<void> {
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
    await prepare(tx, strategy, limit, input.efSearch);
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
    await prepare(tx, strategy, candidates, input.efSearch);
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
