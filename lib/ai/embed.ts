import { embed, embedMany } from 'ai';
import { AppError } from '@/lib/errors';
import type { Embedder } from './embedding-models';

/**
 * The vector of a question, to search passages embedded by the same embedder with.
 * A hosted model that fails (down, refusing the key, out of quota) is a 503 for
 * whoever asked, not a crash; what it said is logged here, since it may name the key.
 */
export async function embedQuestion(embedder: Embedder, question: string, abortSignal?: AbortSignal): Promise<number[]> {
  try {
    const { embedding } = await embed({ model: embedder.model, value: question, abortSignal });
    return embedding;
  } catch (error) {
    if (abortSignal?.aborted || AppError.is(error)) throw error;
    console.error(`[embed] the embedding model ${embedder.id} failed:`, error);
    throw new AppError('unavailable', `The embedding model (${embedder.id}) did not answer; try again in a moment`);
  }
}

/** The vectors of passages, in their order. */
export async function embedPassages(embedder: Embedder, passages: string[], abortSignal?: AbortSignal): Promise<number[][]> {
  const { embeddings } = await embedMany({ model: embedder.model, values: passages, abortSignal });
  return embeddings;
}
