import type { Queryable } from '../types';

/**
 * How many passages each step of indexing reads. Weighing the SRD 5.1's
 * words took 3.7 s in one statement on an embedded server's only thread;
 * fifty passages a step keep each statement to tens of milliseconds.
 */
export const PASSAGES_PER_STEP = 25;

/**
 * Indexes a rule system's words for the full-text ranking (see the
 * passage_terms_in_steps migration), one range of passages per statement, so
 * that a database that turns the event loop before each query (the import's)
 * lets the server answer in between. Run it in the transaction that saved the
 * passages: until it ends no one sees a half-built index.
 */
export async function indexRulePassageTerms(tx: Queryable, ruleSystemId: string, step = PASSAGES_PER_STEP): Promise<void> {
  const { rows } = await tx.query<{ first: number | null; last: number | null }>(
    'select min(ordinal) as first, max(ordinal) as last from rule_chunks where rule_system_id = $1',
    [ruleSystemId],
  );
  await tx.query('select public.define_rule_passage_terms($1)', [ruleSystemId]);
  const { first, last } = rows[0] ?? { first: null, last: null };
  if (first === null || last === null) return;
  const ranges: Array<[number, number]> = [];
  for (let from = first; from <= last; from += step) ranges.push([from, Math.min(from + step - 1, last)]);
  for (const [from, to] of ranges) await tx.query('select public.count_rule_passage_terms($1, $2, $3)', [ruleSystemId, from, to]);
  for (const [from, to] of ranges) await tx.query('select public.weigh_rule_passage_terms($1, $2, $3)', [ruleSystemId, from, to]);
  await tx.query('select public.finish_rule_passage_terms($1)', [ruleSystemId]);
}
