import type { EmbeddingModelV4, EmbeddingModelV4CallOptions, EmbeddingModelV4Result } from '@ai-sdk/provider';
import { embedText, LOCAL_EMBEDDING_MODEL_ID } from '@/lib/rulebooks/local-embedder';

/**
 * An embedding model that needs no download and no network: the signed hashing
 * trick over word stems, word pairs and letter triples, 384 dimensions,
 * deterministic. Good at finding the passage that uses the words of a question;
 * a hosted model understands paraphrase better.
 */
export class LocalEmbeddingModel implements EmbeddingModelV4 {
  readonly specificationVersion = 'v4' as const;
  readonly provider = 'roundtable-local';
  readonly modelId = LOCAL_EMBEDDING_MODEL_ID;
  readonly maxEmbeddingsPerCall = 2048;
  readonly supportsParallelCalls = false;

  async doEmbed({ values, abortSignal }: EmbeddingModelV4CallOptions): Promise<EmbeddingModelV4Result> {
    abortSignal?.throwIfAborted();
    return { embeddings: values.map((value) => embedText(value)), warnings: [] };
  }
}
