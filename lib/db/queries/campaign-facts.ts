import type { Fact, FactKind, NewFact } from '@/lib/memory/types';
import type { Database, Queryable } from '../types';
import { toVectorLiteral } from './pgvector';

export type FactRow = {
  id: string;
  session_id: string | null;
  kind: FactKind;
  subject: string;
  text: string;
  detail: Fact['detail'];
  witnesses: string[] | null;
  secret: boolean;
  pinned: boolean;
  source_seq: number | null;
  corrected_by: string | null;
  created_at: string | Date;
};

const FACT_COLUMNS = 'id, session_id, kind, subject, text, detail, witnesses, secret, pinned, source_seq, corrected_by, created_at';

export function toFact(row: FactRow): Fact {
  return {
    id: row.id,
    sessionId: row.session_id,
    kind: row.kind,
    subject: row.subject,
    text: row.text,
    detail: row.detail,
    witnesses: row.witnesses,
    secret: row.secret,
    pinned: row.pinned,
    sourceSeq: row.source_seq,
    correctedBy: row.corrected_by,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** Who is asking: the DM (and the game master) see every fact; a party member only what they witnessed, and no secret. */
export type FactReader = { kind: 'dm' } | { kind: 'character'; characterId: string };

function readerFilter(reader: FactReader, param: number): string {
  return reader.kind === 'dm' ? `$${param}::text is null` : `(not secret and (witnesses is null or $${param}::text = any(witnesses)))`;
}

/**
 * Adds facts to a campaign's register; one it already holds (same kind,
 * subject and sentence) is left as it is, so reading an entry twice changes nothing.
 */
export async function insertFacts(
  tx: Queryable,
  input: { campaignId: string; chronicleId: string; sessionId: string | null; dimensions: number; facts: Array<NewFact & { embedding: number[] }> },
): Promise<number> {
  if (input.facts.length === 0) return 0;
  const { rows } = await tx.query<{ id: string }>(
    `insert into campaign_facts (campaign_id, session_id, kind, subject, text, detail, witnesses, secret, source_seq, dimensions, embedding, chronicle_id)
     select $1, $2::uuid, f.kind, f.subject, f.text, f.detail, f.witnesses, f.secret, f.source_seq, $3::int, f.embedding::vector, $5::uuid
       from jsonb_to_recordset($4::jsonb) as f (kind text, subject text, text text, detail jsonb, witnesses text[], secret boolean, source_seq int, embedding text)
     on conflict do nothing
     returning id`,
    [
      input.campaignId,
      input.sessionId,
      input.dimensions,
      JSON.stringify(
        input.facts.map((f) => ({
          kind: f.kind,
          subject: f.subject,
          text: f.text,
          detail: f.detail,
          witnesses: f.witnesses,
          secret: f.secret,
          source_seq: f.sourceSeq,
          embedding: toVectorLiteral(f.embedding),
        })),
      ),
      input.chronicleId,
    ],
  );
  return rows.length;
}

/** One chronicle's register, newest first: for the campaign page, the journal and the quest log. */
export async function listFacts(db: Queryable, input: { chronicleId: string; reader: FactReader; kinds?: FactKind[]; pinnedOnly?: boolean; limit?: number }): Promise<Fact[]> {
  const who = input.reader.kind === 'character' ? input.reader.characterId : null;
  const { rows } = await db.query<FactRow>(
    `select ${FACT_COLUMNS} from campaign_facts
      where chronicle_id = $1::uuid and ${readerFilter(input.reader, 2)}
        and ($3::text[] is null or kind = any($3::text[])) and (not $4 or pinned)
      order by created_at desc, source_seq desc nulls last, subject, text limit $5`,
    [input.chronicleId, who, input.kinds ?? null, input.pinnedOnly ?? false, input.limit ?? 500],
  );
  return rows.map(toFact);
}

/** A game master's "remember this" (or "forget it"): the fact rides in every DM prompt, under a cap. */
export async function setFactPinned(db: Queryable, input: { chronicleId: string; factId: string; pinned: boolean }): Promise<Fact | null> {
  const { rows } = await db.query<FactRow>(
    `update campaign_facts set pinned = $3 where chronicle_id = $1::uuid and id = $2::uuid returning ${FACT_COLUMNS}`,
    [input.chronicleId, input.factId, input.pinned],
  );
  return rows[0] ? toFact(rows[0]) : null;
}

/** A game master's correction of a fact the Chronicler got wrong; its words and search vector are replaced together. */
export async function correctFact(
  db: Queryable,
  input: { chronicleId: string; factId: string; subject: string; text: string; by: string; embedding: number[] },
): Promise<Fact | null> {
  const { rows } = await db.query<FactRow>(
    `update campaign_facts set subject = $3, text = $4, corrected_by = $5, corrected_at = now(), embedding = $6::vector
      where chronicle_id = $1::uuid and id = $2::uuid and dimensions = vector_dims($6::vector) returning ${FACT_COLUMNS}`,
    [input.chronicleId, input.factId, input.subject, input.text, input.by, toVectorLiteral(input.embedding)],
  );
  return rows[0] ? toFact(rows[0]) : null;
}

/** Closes the open quests about a subject when the story sees them through ("Maren" closes "Maren Ashgrove"'s quest). */
export async function closeQuests(tx: Queryable, input: { chronicleId: string; subjects: string[] }): Promise<void> {
  if (input.subjects.length === 0) return;
  await tx.query(
    `update campaign_facts set detail = detail || '{"status": "done"}'::jsonb
      where chronicle_id = $1::uuid and kind = 'quest' and detail->>'status' = 'open' and corrected_by is null
        and exists (select 1 from unnest($2::text[]) s where lower(subject) like lower(s) || '%' or lower(s) like lower(subject) || '%')`,
    [input.chronicleId, input.subjects],
  );
}

/** The run of a campaign a fact belongs to; null when the campaign holds no such fact. */
export async function factChronicle(db: Queryable, input: { campaignId: string; factId: string }): Promise<string | null> {
  const { rows } = await db.query<{ chronicle_id: string }>('select chronicle_id from campaign_facts where campaign_id = $1 and id = $2::uuid', [input.campaignId, input.factId]);
  return rows[0]?.chronicle_id ?? null;
}

export async function countFacts(db: Database, chronicleId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from campaign_facts where chronicle_id = $1::uuid', [chronicleId]);
  return rows[0]?.n ?? 0;
}
