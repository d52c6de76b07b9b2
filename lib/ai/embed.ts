import { embed, embedMany } from 'ai';
import type { Embedder } from './embedding-models';

/** The vector of a question, to search passages embedded by the same embedder with. */
export async function embedQuestion(embedder: Embedder, question: string, abortSignal?: AbortSignal): Promise<number[]> {
  const { embedding } = await embed({ model: embedder.model, value: question, abortSignal });
  return embedding;
}

/** The vectors of passages, in their order. */
export async function embedPassages(embedder: Embedder, passages: string[], abortSignal?: AbortSignal): Promise<number[][]> {
  const { embeddings } = await embedMany({ model: embedder.model, values: passages, abortSignal });
  return embeddings;
}
