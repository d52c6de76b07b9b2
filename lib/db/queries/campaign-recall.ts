import type { Fact, Summary } from '@/lib/memory/types';
import type { Queryable } from '../types';
import { FACT_COLUMNS, readerFilter, toFact, type FactReader, type FactRow } from './campaign-facts';
import { toSummary, type SummaryRow } from './campaign-summaries';
import { toVectorLiteral } from './pgvector';

export type RecallReads = { pinned: Fact[]; facts: Array<Fact & { score: number }>; summaries: Summary[] };

const FACT_ORDER = 'created_at desc, source_seq desc nulls last, subject, text';

/**
 * Everything a prompt's memory is drawn from, in one statement, because a
 * turn waits for it: the DM's pinned facts; the facts nearest the action, by
 * words (any of them, ranked) and by meaning, fused by reciprocal rank, so a
 * question that names a person finds them by name and one that only
 * describes them finds them by what was said of them; and the latest
 * summaries the reader may see. Ties are broken by what the rows say, so a
 * replayed session recalls the same.
 */
export async function readRecall(
  db: Queryable,
  input: { chronicleId: string; reader: FactReader; query: string; embedding: number[]; dimensions: number; limits: { pinned: number; facts: number; summaries: number } },
): Promise<RecallReads> {
  const who = input.reader.kind === 'character' ? input.reader.characterId : null;
  const { rows } = await db.query<{ pinned: FactRow[]; facts: Array<FactRow & { score: number }>; summaries: SummaryRow[] }>(
    `with pinned as (
       select ${FACT_COLUMNS} from campaign_facts
        where chronicle_id = $1::uuid and $3::text is null and pinned
        order by ${FACT_ORDER} limit $6
     ),
     scope as (
       select * from campaign_facts
        where chronicle_id = $1::uuid and dimensions = $2 and ${readerFilter(input.reader, 3)} and id not in (select id from pinned)
     ),
     words as (select nullif(replace(plainto_tsquery('english', $4)::text, '&', '|'), '')::tsquery as q),
     lexical as (
       select id, row_number() over (order by ts_rank_cd(tsv, words.q) desc, ${FACT_ORDER}) as r
         from scope, words where words.q is not null and tsv @@ words.q
        order by r limit 40
     ),
     semantic as (
       select id, row_number() over (order by embedding <=> $5::vector, source_seq desc nulls last, subject, text) as r
         from scope order by embedding <=> $5::vector, source_seq desc nulls last, subject, text limit 40
     ),
     found as (
       select ${FACT_COLUMNS}, coalesce(1.0 / (60 + l.r), 0) + coalesce(1.0 / (60 + s.r), 0) as score
         from scope f left join lexical l using (id) left join semantic s using (id)
        where l.id is not null or s.id is not null
        order by score desc, ${FACT_ORDER} limit $7
     ),
     summaries as (
       select id, session_id, tier, title, text, importance, from_seq, to_seq, witnesses, created_at
         from campaign_summaries
        where chronicle_id = $1::uuid and ($3::text is null or witnesses is null or $3::text = any(witnesses))
        order by created_at desc, to_seq desc, tier, from_seq limit $8
     )
     select coalesce((select json_agg(p order by ${FACT_ORDER}) from pinned p), '[]'::json) as pinned,
            coalesce((select json_agg(f order by score desc, ${FACT_ORDER}) from found f), '[]'::json) as facts,
            coalesce((select json_agg(s order by created_at desc, to_seq desc, tier, from_seq) from summaries s), '[]'::json) as summaries`,
    [input.chronicleId, input.dimensions, who, input.query, toVectorLiteral(input.embedding), input.limits.pinned, input.limits.facts, input.limits.summaries],
  );
  const row = rows[0]!;
  return {
    pinned: row.pinned.map(toFact),
    facts: row.facts.map((f) => ({ ...toFact(f), score: Number(f.score) })),
    summaries: row.summaries.map(toSummary),
  };
}
