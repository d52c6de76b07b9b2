import type { Database, Queryable } from '../types';
import { toVectorLiteral } from './pgvector';
import { namedSql } from './rule-search-names';
import { textTopK } from './rule-text-search';
import { prepareVectorSearch, scopeOf, strategyFor, vectorTopK, type VectorStrategy } from './rule-vector-search';

/**
 * What a passage gains, beside the 1 a first place in the full-text ranking
 * is worth, when the question names it: every word of its section's title,
 * or of a term of the book's rule module it defines (a condition, an action:
 * see the rule_passage_terms migration), is in the question or among the
 * rulebook words added for it. The section named "Fireball" is the answer to
 * a question about fireball, where "Delayed Blast Fireball" and "Wand of
 * Fireballs" only share a word with it. A title several of the passages
 * found share ("Gear", "Alignment" under every class) names a kind of
 * section rather than a rule, and its gain is divided among them.
 */
export const NAMED_BOOST = 0.4;

/**
 * What the best section found within a section the question names gains
 * (see namedSql): a player who says "my bard" asks about the Bard's
 * features before any other chapter's, so "can my bard play music during a
 * short rest so everyone heals a bit more" finds the bard's Song of Rest
 * before the rules of healing, "my monk falls off a tower" the monk's
 * Slow Fall before the rules of falling, and "my paladin wants to summon a
 * loyal horse with magic" the paladin's spell Find Steed, printed among all
 * the spells, before the table of mounts. Only the best one gains: "my
 * wizard wants to wish for a castle" names the wizard in passing, and
 * lifting every wizard feature would push the Wish spell out of the first
 * five. As much as a name gains (0.2 to 0.6 measured, see README).
 */
export const WITHIN_BOOST = 0.4;

/**
 * How many of a section's passages one hit brings together, best first and
 * then in the book's order: a rule often runs over two passages (and a page
 * break), and its example or exception is no less the answer than its first
 * sentence.
 */
export const PASSAGES_PER_SECTION = 2;

export type RuleSearchHit = {
  /** The section's best passage. */
  chunkId: string;
  ruleSystemId: string;
  ruleSystemName: string;
  heading: string;
  /** The pages of the section's passages the hit brings together (see PASSAGES_PER_SECTION). */
  pageStart: number;
  pageEnd: number;
  /** Those passages' text, in the book's order. */
  text: string;
  /** The fused score (see hybridSql). */
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
 * hits to return, `$6` the rulebook words added for the question, `$7` the
 * vector ranking's weight.
 *
 * Each ranking's scores are scaled to 0..1 over its own list and added, the
 * text's at 1 and the vector's at its weight: unlike reciprocal rank fusion,
 * a passage far ahead in one list stays ahead (measured on the retrieval
 * eval: MRR 0.73 -> 0.77 on the SRD, 0.71 -> 0.72 on Dungeon World). Then the
 * passages the question names gain NAMED_BOOST, and the best section within
 * a section it names WITHIN_BOOST. A text is cited once,
 * wherever it is printed (the book repeats "Ability Score Improvement" for
 * every class), and a section once, with its best passages and their pages:
 * its other passages would crowd out the next rule. An entry of a list (a
 * spell, a monster: see list-entries.ts) is cited as a section is, on its own.
 */
function hybridSql(strategy: VectorStrategy, dimensions: number): string {
  return `with vector_hits as materialized (
      select id, 1 - distance as similarity from (${vectorTopK(strategy, dimensions)}) v
    ),
    text_hits as materialized (
      select id, score from (${textTopK({ systems: '$2', limit: '$3', question: '$4', bookWords: '$6' })}) t
    ),
    fused as (
      select id, sum(part)::float8 as score
      from (
        select id, $7::float8 * coalesce((similarity - min(similarity) over ()) / nullif(max(similarity) over () - min(similarity) over (), 0), 0) as part
        from vector_hits
        union all
        select id, score / max(score) over () from text_hits
      ) h
      group by id
    ),
    ${namedSql({ question: '$4', bookWords: '$6' })},
    passages as (
      select distinct on (md5(c.text)) c.rule_system_id, c.section_id, c.heading, c.id, c.ordinal, c.page_start, c.page_end, c.text,
        n.score + case when n.named then ${NAMED_BOOST}::float8 / n.sharing else 0 end as score, n.within
      from named n
      join rule_chunks c on c.id = n.id
      order by md5(c.text), score desc, c.id
    ),
    ranked as (
      select *, row_number() over (partition by rule_system_id, section_id, heading order by score desc, id) as place
      from passages
    ),
    sections as (
      select (array_agg(id order by place))[1] as id, max(score) as score, bool_or(within) as within,
        min(page_start) as page_start, max(page_end) as page_end, string_agg(text, E'\n\n' order by ordinal) as text
      from ranked
      where place <= ${PASSAGES_PER_SECTION}
      group by rule_system_id, section_id, heading
    ),
    lifted as (
      select id, page_start, page_end, text,
        score + case when within and row_number() over (partition by within order by score desc, id) = 1 then ${WITHIN_BOOST}::float8 else 0 end as score
      from sections
    )
    select h.id, c.rule_system_id, s.name as rule_system_name, c.heading, h.page_start, h.page_end, h.text, h.score
    from lifted h
    join rule_chunks c on c.id = h.id
    join rule_systems s on s.id = c.rule_system_id
    order by h.score desc, h.id
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
 * any of the question's words, see textTopK), fused (see hybridSql), each
 * section and each text once. One statement in one transaction, which holds
 * the HNSW settings.
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
