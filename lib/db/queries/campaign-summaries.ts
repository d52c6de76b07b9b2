import type { NewSummary, Summary, SummaryTier } from '@/lib/memory/types';
import type { Queryable } from '../types';
import type { FactReader } from './campaign-facts';

export type SummaryRow = {
  id: string;
  session_id: string;
  tier: SummaryTier;
  title: string;
  text: string;
  importance: 1 | 2 | 3;
  from_seq: number;
  to_seq: number;
  witnesses: string[] | null;
  created_at: string | Date;
};

export function toSummary(row: SummaryRow): Summary {
  return {
    id: row.id,
    sessionId: row.session_id,
    tier: row.tier,
    title: row.title,
    text: row.text,
    importance: row.importance,
    fromSeq: row.from_seq,
    toSeq: row.to_seq,
    witnesses: row.witnesses,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Stores summaries of a session's stretches; one already written for the same stretch is kept. */
export async function insertSummaries(tx: Queryable, input: { campaignId: string; chronicleId: string; sessionId: string; summaries: NewSummary[] }): Promise<void> {
  if (input.summaries.length === 0) return;
  await tx.query(
    `insert into campaign_summaries (campaign_id, session_id, tier, title, text, importance, from_seq, to_seq, witnesses, chronicle_id)
     select $1, $2::uuid, s.tier, s.title, s.text, s.importance, s.from_seq, s.to_seq, s.witnesses, $4::uuid
       from jsonb_to_recordset($3::jsonb) as s (tier text, title text, text text, importance smallint, from_seq int, to_seq int, witnesses text[])
     on conflict (session_id, tier, from_seq) do nothing`,
    [
      input.campaignId,
      input.sessionId,
      JSON.stringify(
        input.summaries.map((s) => ({
          tier: s.tier,
          title: s.title,
          text: s.text,
          importance: s.importance,
          from_seq: s.fromSeq,
          to_seq: s.toSeq,
          witnesses: s.witnesses,
        })),
      ),
      input.chronicleId,
    ],
  );
}

/** One chronicle's summaries, newest first: the journal, and what the DM's prompt draws its tiers from. */
export async function listSummaries(
  db: Queryable,
  input: { chronicleId: string; reader: FactReader; sessionId?: string; tiers?: SummaryTier[]; limit?: number },
): Promise<Summary[]> {
  const who = input.reader.kind === 'character' ? input.reader.characterId : null;
  const { rows } = await db.query<SummaryRow>(
    `select id, session_id, tier, title, text, importance, from_seq, to_seq, witnesses, created_at
       from campaign_summaries
      where chronicle_id = $1::uuid and ($2::text is null or witnesses is null or $2::text = any(witnesses))
        and ($3::uuid is null or session_id = $3::uuid) and ($4::text[] is null or tier = any($4::text[]))
      order by created_at desc, to_seq desc, tier, from_seq limit $5`,
    [input.chronicleId, who, input.sessionId ?? null, input.tiers ?? null, input.limit ?? 200],
  );
  return rows.map(toSummary);
}
