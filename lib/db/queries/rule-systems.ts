import type { RuleChunk, RuleModule, RulebookSection, RulebookStructure } from '@/lib/rulebooks/types';
import { markSpellClasses } from './rule-spell-classes';
import type { Database, Queryable } from '../types';
import { checkedDimensions, toVectorLiteral } from './pgvector';
import { indexRulePassageTerms } from './rule-passage-terms';

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
        `insert into rule_chunks (rule_system_id, dimensions, ordinal, section_id, heading, page_start, page_end, text, embedding, row_names)
         select $1::uuid, $2::int, u.ordinal, u.section_id, u.heading, u.page_start, u.page_end, u.text, u.embedding::vector,
           array(select jsonb_array_elements_text(u.row_names::jsonb))
         from unnest($3::int[], $4::text[], $5::text[], $6::int[], $7::int[], $8::text[], $9::text[], $10::text[])
           as u (ordinal, section_id, heading, page_start, page_end, text, embedding, row_names)`,
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
          // Each passage's names as a JSON array: Postgres arrays of arrays must all be one length.
          batch.map((c) => JSON.stringify(c.rowNames ?? [])),
        ],
      );
    }
    await tx.query('update rule_systems set chunk_count = $2 where id = $1', [system.id, system.chunks.length]);
    await markSpellClasses(tx, system.id);
    // The words of its passages, for the full-text ranking.
    await indexRulePassageTerms(tx, system.id);
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
  await db.query('analyze rule_chunks, rule_passage_terms').catch(() => {});
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

/** A stored module as today's shape: modules saved before monsters and spells were read have none. */
function withContent(module: Partial<RuleModule> & Omit<RuleModule, 'monsters' | 'spells'>): RuleModule {
  return { ...module, monsters: module.monsters ?? [], spells: module.spells ?? [] };
}

export async function getRuleSystem(db: Queryable, { id }: { id: string }): Promise<RuleSystemRecord | null> {
  const { rows } = await db.query<SummaryRow & { module: Parameters<typeof withContent>[0]; structure: RuleSystemStructure }>(
    `select ${summaryColumns}, s.module, s.structure from rule_systems s where s.id = $1`,
    [id],
  );
  const row = rows[0];
  return row ? { ...summary(row), module: withContent(row.module), structure: row.structure } : null;
}

/** Deletes a rule system with its passages; false when there was none. */
export async function deleteRuleSystem(db: Queryable, { id }: { id: string }): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>('delete from rule_systems where id = $1 returning id', [id]);
  return rows.length > 0;
}
