import type { Fact, FactKind, NewFact } from '@/lib/memory/types';
import type { Database, Queryable } from '../types';
import { toVectorLiteral } from './pgvector';

type FactRow = {
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

const COLUMNS = 'id, session_id, kind, subject, text, detail, witnesses, secret, pinned, source_seq, corrected_by, created_at';

function toFact(row: FactRow): Fact {
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

/**
 * The facts nearest an action, by words (any of them, ranked) and by
 * meaning, fused by reciprocal rank: a question that names a person finds
 * them by name, one that only describes them by what was said of them. Ties
 * are broken by what the facts say, so a replayed session recalls the same.
 */
export async function searchFacts(
  db: Queryable,
  input: { chronicleId: string; reader: FactReader; query: string; embedding: number[]; dimensions: number; limit: number; exclude?: string[] },
): Promise<Array<Fact & { score: number }>> {
  const who = input.reader.kind === 'character' ? input.reader.characterId : null;
  const { rows } = await db.query<FactRow & { score: number }>(
    `with scope as (
       select * from campaign_facts
        where chronicle_id = $1::uuid and dimensions = $2 and ${readerFilter(input.reader, 3)} and not (id = any($7::uuid[]))
     ),
     words as (select nullif(replace(plainto_tsquery('english', $4)::text, '&', '|'), '')::tsquery as q),
     lexical as (
       select id, row_number() over (order by ts_rank_cd(tsv, words.q) desc, created_at desc, source_seq desc nulls last, subject, text) as r
         from scope, words where words.q is not null and tsv @@ words.q
        order by r limit 40
     ),
     semantic as (
       select id, row_number() over (order by embedding <=> $5::vector, source_seq desc nulls last, subject, text) as r
         from scope order by embedding <=> $5::vector, source_seq desc nulls last, subject, text limit 40
     )
     select ${COLUMNS}, coalesce(1.0 / (60 + l.r), 0) + coalesce(1.0 / (60 + s.r), 0) as score
       from scope f left join lexical l using (id) left join semantic s using (id)
      where l.id is not null or s.id is not null
      order by score desc, created_at desc, source_seq desc nulls last, subject, text
      limit $6`,
    [input.chronicleId, input.dimensions, who, input.query, toVectorLiteral(input.embedding), input.limit, input.exclude ?? []],
  );
  return rows.map((row) => ({ ...toFact(row), score: Number(row.score) }));
}

/** One chronicle's register, newest first: for the campaign page, the journal and the quest log. */
export async function listFacts(db: Queryable, input: { chronicleId: string; reader: FactReader; kinds?: FactKind[]; pinnedOnly?: boolean; limit?: number }): Promise<Fact[]> {
  const who = input.reader.kind === 'character' ? input.reader.characterId : null;
  const { rows } = await db.query<FactRow>(
    `select ${COLUMNS} from campaign_facts
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
    `update campaign_facts set pinned = $3 where chronicle_id = $1::uuid and id = $2::uuid returning ${COLUMNS}`,
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
      where chronicle_id = $1::uuid and id = $2::uuid and dimensions = vector_dims($6::vector) returning ${COLUMNS}`,
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

/** The names the register knows people by. */
export async function knownPeople(db: Queryable, chronicleId: string): Promise<string[]> {
  const { rows } = await db.query<{ subject: string }>(
    `select distinct subject from campaign_facts where chronicle_id = $1::uuid and kind in ('person', 'quest', 'promise') limit 500`,
    [chronicleId],
  );
  return rows.map((r) => r.subject);
}

export async function countFacts(db: Database, chronicleId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>('select count(*)::int as n from campaign_facts where chronicle_id = $1::uuid', [chronicleId]);
  return rows[0]?.n ?? 0;
}
