import { z } from 'zod';

const page = z.number().int().positive();

/**
 * One question of a set: the pages its answer is on (`pages`), or one page
 * (`page`, the older form). An answer that runs over a page break, or that
 * the book gives in two places, lists every page that holds it.
 */
const questionSchema = z.union([
  z.strictObject({ question: z.string().min(3), pages: z.array(page).min(1) }),
  z.strictObject({ question: z.string().min(3), page }),
]);

export const questionSetSchema = z.array(questionSchema).min(1);

export type ScoredQuestion = { question: string; pages: number[] };

/** A question set read from JSON, each question with its list of pages. Throws with the first problem's place when the set is malformed. */
export function parseQuestionSet(json: unknown): ScoredQuestion[] {
  const parsed = questionSetSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`The question set is malformed at ${issue.path.join('.') || 'its top'}: ${issue.message}. Each question is { "question": "...", "pages": [N, ...] } (or "page": N).`);
  }
  return parsed.data.map((q) => ({ question: q.question, pages: 'pages' in q ? q.pages : [q.page] }));
}

export type RankedPassage = { pageStart: number; pageEnd: number };

/** Where the first passage covering any of the pages is ranked (1-based), or null when none of `ranked` covers one. */
export function rankOf(ranked: RankedPassage[], pages: number[]): number | null {
  const index = ranked.findIndex((r) => pages.some((p) => r.pageStart <= p && p <= r.pageEnd));
  return index < 0 ? null : index + 1;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** Recall@5 (found in the first five) and mean reciprocal rank over a set's ranks. */
export function score(ranks: Array<number | null>): { recallAt5: number; mrr: number } {
  if (ranks.length === 0) return { recallAt5: 0, mrr: 0 };
  return {
    recallAt5: round(ranks.filter((r) => r !== null && r <= 5).length / ranks.length),
    mrr: round(ranks.reduce<number>((sum, r) => sum + (r === null ? 0 : 1 / r), 0) / ranks.length),
  };
}

/** The mean of several sets' scores, each set counting once whatever its size: how the README weighs a book's question sets. */
export function meanOfSets(scores: Array<{ recallAt5: number; mrr: number }>): { recallAt5: number; mrr: number } {
  if (scores.length === 0) return { recallAt5: 0, mrr: 0 };
  const mean = (pick: (s: { recallAt5: number; mrr: number }) => number) => round(scores.reduce((sum, s) => sum + pick(s), 0) / scores.length);
  return { recallAt5: mean((s) => s.recallAt5), mrr: mean((s) => s.mrr) };
}
