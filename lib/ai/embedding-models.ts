import { createOpenAI } from '@ai-sdk/openai';
import type { EmbeddingModelV4, EmbeddingModelV4CallOptions, EmbeddingModelV4Result } from '@ai-sdk/provider';
import type { AppConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { LOCAL_EMBEDDING_DIMENSIONS, LOCAL_EMBEDDING_MODEL_ID } from '@/lib/rulebooks/local-embedder';
import { LocalEmbeddingModel } from './local-embedding-model';

/**
 * The model that embeds rulebook passages and the questions asked of them.
 * `id` and `dimensions` are recorded with every rule system: a question is
 * only compared with passages embedded by the same embedder. `fusionWeight`
 * is what its ranking counts in the hybrid search beside the full text's 1.
 */
export type Embedder = { model: EmbeddingModelV4; id: string; dimensions: number; fusionWeight: number };

/**
 * The local embedder hashes words: its ranking is a second reading of the
 * words the full text already ranks, not of their meaning, so counting it as
 * much would count the same evidence twice. Measured on the retrieval eval's
 * question sets (see README).
 */
const LOCAL_FUSION_WEIGHT = 0.3;

/** OpenAI's embedding models and the vector length each gives (text-embedding-3-large shortened to fit an HNSW index). */
const OPENAI_DIMENSIONS: Record<string, { dimensions: number; requestDimensions: boolean }> = {
  'text-embedding-3-small': { dimensions: 1536, requestDimensions: false },
  'text-embedding-3-large': { dimensions: 1536, requestDimensions: true },
  'text-embedding-ada-002': { dimensions: 1536, requestDimensions: false },
};

const DEFAULT_DIMENSIONS = 1536;

/**
 * Reads OPENAI_EMBEDDING_MODEL: an OpenAI model name, or `name@N` for a
 * model of a compatible server whose vectors have N numbers (e.g.
 * `nomic-embed-text@768`).
 */
export function parseEmbeddingModel(setting: string): { modelId: string; id: string; dimensions: number; requestDimensions: boolean } {
  const match = /^(.+)@(\d+)$/.exec(setting);
  const modelId = match ? match[1]! : setting;
  const known = OPENAI_DIMENSIONS[modelId];
  const dimensions = match ? Number(match[2]) : (known?.dimensions ?? DEFAULT_DIMENSIONS);
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 16_000) throw new Error(`Invalid embedding dimensions in "${setting}"`);
  // OpenAI's text-embedding-3 models can shorten their vectors on request; other models cannot be asked.
  const requestDimensions = modelId.startsWith('text-embedding-3') && (known?.requestDimensions || dimensions !== known?.dimensions);
  // Shortened vectors are a different space from the full ones, so they get an id of their own.
  return { modelId, id: requestDimensions ? `${modelId}@${dimensions}` : modelId, dimensions, requestDimensions };
}

/**
 * A hosted model held to its vector length: asks for it where the model can
 * shorten its vectors, and refuses vectors of any other length with a
 * message that says how to configure the model.
 */
class CheckedEmbeddingModel implements EmbeddingModelV4 {
  readonly specificationVersion = 'v4' as const;

  constructor(
    private readonly inner: EmbeddingModelV4,
    readonly dimensions: number,
    private readonly requestDimensions: boolean,
  ) {}

  get provider() {
    return this.inner.provider;
  }
  get modelId() {
    return this.inner.modelId;
  }
  get maxEmbeddingsPerCall() {
    return this.inner.maxEmbeddingsPerCall;
  }
  get supportsParallelCalls() {
    return this.inner.supportsParallelCalls;
  }

  async doEmbed(options: EmbeddingModelV4CallOptions): Promise<EmbeddingModelV4Result> {
    const result = await this.inner.doEmbed(this.requestDimensions ? { ...options, dimensions: this.dimensions } : options);
    const wrong = result.embeddings.find((e) => e.length !== this.dimensions);
    if (wrong) {
      // A configuration mistake, said as such to whoever asked (embedQuestion passes an AppError on as it is).
      throw new AppError(
        'unavailable',
        `The embedding model "${this.inner.modelId}" returned vectors of ${wrong.length} numbers, not ${this.dimensions}; ` +
          `set OPENAI_EMBEDDING_MODEL=${this.inner.modelId}@${wrong.length}`,
      );
    }
    return result;
  }
}

export type EmbedderOptions = {
  /** Makes the hosted model (tests pass a mock); by default the configured OpenAI or compatible server's. */
  createModel?: (modelId: string) => EmbeddingModelV4;
};

/** The local hashing embedder offline; with an OpenAI key, the configured OpenAI (or compatible) embedding model. */
export function embedderFor(config: AppConfig['model'], options: EmbedderOptions = {}): Embedder {
  if (config.kind === 'offline') {
    return { model: new LocalEmbeddingModel(), id: LOCAL_EMBEDDING_MODEL_ID, dimensions: LOCAL_EMBEDDING_DIMENSIONS, fusionWeight: LOCAL_FUSION_WEIGHT };
  }
  const { modelId, id, dimensions, requestDimensions } = parseEmbeddingModel(config.embeddingModelId);
  const create = options.createModel ?? ((name: string) => createOpenAI({ apiKey: config.apiKey, baseURL: config.baseURL }).embeddingModel(name));
  return { model: new CheckedEmbeddingModel(create(modelId), dimensions, requestDimensions), id, dimensions, fusionWeight: 1 };
}
