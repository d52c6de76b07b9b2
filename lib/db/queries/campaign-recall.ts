import type { Fact, Summary } from '@/lib/memory/types';
import type { Queryable } from '../types';
import { toFact, type FactReader, type FactRow } from './campaign-facts';
import { toSummary, type SummaryRow } from './campaign-summaries';
import { toVectorLiteral } from './pgvector';

export type RecallReads = { pinned: Fact[]; facts: Array<Fact & { score: number }>; summaries: Summary[] };

/**
 * Everything a prompt's memory is drawn from, in one call (the database's
 * `recall_reads`, which keeps its plan between turns): the DM's pinned
 * facts; the facts nearest the action by words and by meaning; and the
 * latest summaries the reader may see, a party member only what they
 * witnessed and never a secret.
 */
export async function readRecall(
  db: Queryable,
  input: { chronicleId: string; reader: FactReader; query: string; embedding: number[]; dimensions: number; limits: { pinned: number; facts: number; summaries: number } },
): Promise<RecallReads> {
  const who = input.reader.kind === 'character' ? input.reader.characterId : null;
  const { rows } = await db.query<{ pinned_facts: FactRow[]; found_facts: Array<FactRow & { score: number }>; summaries_read: SummaryRow[] }>(
    'select * from recall_reads($1::uuid, $2::int, $3::text, $4::text, $5::text, $6::int, $7::int, $8::int)',
    [input.chronicleId, input.dimensions, who, input.query, toVectorLiteral(input.embedding), input.limits.pinned, input.limits.facts, input.limits.summaries],
  );
  const row = rows[0]!;
  return {
    pinned: row.pinned_facts.map(toFact),
    facts: row.found_facts.map((f) => ({ ...toFact(f), score: Number(f.score) })),
    summaries: row.summaries_read.map(toSummary),
  };
}
