import { searchRuleChunks, type RuleSearchHit } from '@/lib/db/queries/rule-search';
import type { Database } from '@/lib/db/types';
import type { LanguageModel } from 'ai';
import { embedQuestion } from '@/lib/ai/embed';
import { rulebookTermsFor } from '@/lib/ai/rulebook-terms';
import type { Embedder } from '@/lib/ai/embedding-models';
import { bookWordsFor, withoutFrame } from './players-words';
import { namedRowsFirst } from './table-rows';

/**
 * `questionModel`: a hosted model that names the rulebook's terms for a
 * person's question before it is searched (see rulebookTermsFor); none for
 * the DM, which writes its look-ups in the book's terms itself, nor offline.
 */
export type RuleSearchDeps = { db: Database; embedder: Embedder; questionModel?: LanguageModel };

export type RuleSearchRequest = { ruleSystemIds: string[]; query: string; limit?: number; abortSignal?: AbortSignal };

/** A rule system left out of a search because its passages were embedded by another model. */
export type SkippedRuleSystem = { id: string; name: string; embeddingModel: string; dimensions: number };

export type RuleSearchResult = {
  hits: RuleSearchHit[];
  /** The rule systems searched: those embedded by the same embedder as the question. */
  searched: string[];
  skipped: SkippedRuleSystem[];
  /** Why nothing could be searched, in words for a person (or the DM); null when something was. */
  problem: string | null;
};

/**
 * Searches the passages of the given rule systems for a question, read as a
 * player asks it (see players-words.ts): the words of asking left out, the
 * book's words for the players' words added, and with a question model the
 * terms it names for the question. Embeds it with `embedder` and
 * runs the hybrid (vector + full text, fused) search over the rule systems
 * embedded by that same embedder. Vectors of another model are a different
 * space, even of the same length, so systems embedded by another model are
 * skipped and named in the result. A table the question names by one of its
 * rows is cited with that row first (see namedRowsFirst).
 */
export async function searchRules(deps: RuleSearchDeps, request: RuleSearchRequest): Promise<RuleSearchResult> {
  const { db, embedder } = deps;
  const query = request.query.trim();
  // The DM's tool hands the model's words here with no request's checks: Postgres stores no NUL, and a lone surrogate is no text.
  if (query.includes('\u0000') || !query.isWellFormed()) {
    return { hits: [], searched: [], skipped: [], problem: 'The question holds a character no text can (a NUL or a broken one): ask it again in plain words.' };
  }
  if (request.ruleSystemIds.length === 0) return { hits: [], searched: [], skipped: [], problem: 'No rulebooks were chosen to search.' };
  const { rows } = await db.query<{ id: string; name: string; embedding_model: string; dimensions: number }>(
    'select id, name, embedding_model, dimensions from rule_systems where id = any($1::uuid[]) order by name',
    [request.ruleSystemIds],
  );
  const matches = (r: (typeof rows)[number]) => r.dimensions === embedder.dimensions && r.embedding_model === embedder.id;
  const searched = rows.filter(matches).map((r) => r.id);
  const skipped = rows.filter((r) => !matches(r)).map((r) => ({ id: r.id, name: r.name, embeddingModel: r.embedding_model, dimensions: r.dimensions }));
  if (searched.length === 0) {
    const problem =
      rows.length === 0
        ? 'None of the chosen rulebooks exists any more.'
        : `None of the chosen rulebooks can be searched with the embedding model in use (${embedder.id}, ${embedder.dimensions} dimensions): ` +
          `${skipped.map((s) => `"${s.name}" was embedded by ${s.embeddingModel} (${s.dimensions} dimensions)`).join('; ')}. ` +
          'Import them again, or configure the model they were embedded with.';
    return { hits: [], searched, skipped, problem };
  }
  if (!query) return { hits: [], searched, skipped, problem: null };
  const modelTerms = deps.questionModel ? await rulebookTermsFor(deps.questionModel, query, request.abortSignal) : '';
  const bookWords = [bookWordsFor(query), modelTerms].filter(Boolean).join(' ');
  const asked = withoutFrame(query);
  // The book's words help the vector side as they help the text: a passage about grappling is nearer "grab him, grapple" than "grab him".
  const embedding = await embedQuestion(embedder, bookWords ? `${asked} ${bookWords}` : asked, request.abortSignal);
  // Only common words ("what is the"): nothing to search by, and any passage would be as near as any other.
  if (embedding.every((x) => x === 0)) return { hits: [], searched, skipped, problem: null };
  const hits = await searchRuleChunks(db, {
    ruleSystemIds: searched,
    query: asked,
    bookWords,
    embedding,
    dimensions: embedder.dimensions,
    vectorWeight: embedder.fusionWeight,
    limit: request.limit,
  });
  return { hits: hits.map((hit) => ({ ...hit, text: namedRowsFirst(hit.text, query) })), searched, skipped, problem: null };
}
