import type { Database } from '../types';

/**
 * What a rulebook word added for a players' word counts, beside a word of the
 * question itself: it widens the search without outweighing what was asked.
 */
export const BOOK_WORD_WEIGHT = 0.7;

/**
 * How many of a word's passages, heaviest first, a search reads. A word in
 * more passages than this is common in that book and weighs little; its
 * lightest passages would not change the first results, and reading them all
 * would cost milliseconds per word in a large library.
 */
export const PASSAGES_PER_WORD = 200;

/**
 * The SQL of the full-text ranking: every passage holding any of the
 * question's words (OR, where websearch_to_tsquery is AND: a player's
 * question rarely has all its words in one passage), scored by the sum of
 * its words' BM25 weights (see the rule_passage_terms migration). `at`
 * names the statement's parameters: the rule system ids (uuid[]), how many,
 * the question, and the rulebook words added for it. The question's words
 * become the same lexemes as the passages' (Postgres's English
 * configuration).
 */
export function textTopK(at: { systems: string; limit: string; question: string; bookWords: string }): string {
  return `select p.chunk_id as id, sum(q.weight * p.weight)::float8 as score
      from (
        select lexeme, max(weight) as weight
        from (
          select unnest(tsvector_to_array(to_tsvector('english', ${at.question}::text))) as lexeme, 1.0::float8 as weight
          union all
          select unnest(tsvector_to_array(to_tsvector('english', ${at.bookWords}::text))), ${BOOK_WORD_WEIGHT}::float8
        ) w
        group by lexeme
      ) q
      cross join unnest(${at.systems}::uuid[]) as s (id)
      cross join lateral (
        select t.chunk_id, t.weight
        from rule_passage_terms t
        where t.rule_system_id = s.id and t.lexeme = q.lexeme
        order by t.weight desc
        limit ${PASSAGES_PER_WORD}
      ) p
      group by p.chunk_id
      order by score desc, p.chunk_id
      limit ${at.limit}`;
}

export type TextSearchInput = {
  ruleSystemIds: string[];
  query: string;
  /** Rulebook words searched beside the question's, for the players' words in it. */
  bookWords?: string;
  limit?: number;
};

export type TextHit = { chunkId: string; score: number };

/** The passages the full-text ranking alone puts first (the text half of the hybrid search). */
export async function searchRuleChunksByText(db: Database, input: TextSearchInput): Promise<TextHit[]> {
  if (input.ruleSystemIds.length === 0) return [];
  const { rows } = await db.query<{ id: string | number; score: number }>(
    textTopK({ systems: '$1', limit: '$2', question: '$3', bookWords: '$4' }),
    [input.ruleSystemIds, input.limit ?? 10, input.query, input.bookWords ?? ''],
  );
  return rows.map((r) => ({ chunkId: String(r.id), score: Number(r.score) }));
}
