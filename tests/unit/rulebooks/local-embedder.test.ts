import { cosineSimilarity, embed, embedMany } from 'ai';
import { describe, expect, it } from 'vitest';
import { embedderFor, parseEmbeddingModel } from '@/lib/ai/embedding-models';
import { LocalEmbeddingModel } from '@/lib/ai/local-embedding-model';
import { embedText, LOCAL_EMBEDDING_DIMENSIONS, stem } from '@/lib/rulebooks/local-embedder';
import { readConfig } from '@/lib/config';
import { MockEmbeddingModelV4 } from 'ai/test';

const model = new LocalEmbeddingModel();
const norm = (v: number[]) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

const grappled = 'A grappled creature has a speed of 0 until the grapple ends; the grappler can drag it at half speed.';
const grappling = 'When you grapple a creature, its speed becomes 0 and you can drag the grappled target with you.';
const spells = 'Casting a spell of 1st level or higher expends a spell slot; concentration ends if you cast another such spell.';
const rest = 'A long rest is at least 8 hours of sleep; at its end you regain all lost hit points and half your hit dice.';

describe('the local embedder', () => {
  it('embeds through the AI SDK: 384 numbers per text, unit length, in order', async () => {
    const { embeddings, values } = await embedMany({ model, values: [grappled, spells, rest] });
    expect(values).toEqual([grappled, spells, rest]);
    expect(embeddings).toHaveLength(3);
    for (const e of embeddings) {
      expect(e).toHaveLength(LOCAL_EMBEDDING_DIMENSIONS);
      expect(norm(e)).toBeCloseTo(1, 6);
      expect(e.every(Number.isFinite)).toBe(true);
    }
  });

  it('is deterministic: the same text, the same vector, in any batch', async () => {
    const { embeddings: first } = await embedMany({ model, values: [grappled, spells] });
    const { embeddings: second } = await embedMany({ model, values: [rest, spells, grappled] });
    expect(second[2]).toEqual(first[0]);
    expect(second[1]).toEqual(first[1]);
    const { embedding } = await embed({ model, value: grappled });
    expect(embedding).toEqual(first[0]);
  });

  it('puts texts about the same rule closer than texts about different rules', async () => {
    const { embeddings } = await embedMany({ model, values: [grappled, grappling, spells, rest] });
    const [a, b, c, d] = embeddings as [number[], number[], number[], number[]];
    const related = cosineSimilarity(a, b);
    expect(related).toBeGreaterThan(0.4);
    expect(related).toBeGreaterThan(cosineSimilarity(a, c) + 0.25);
    expect(related).toBeGreaterThan(cosineSimilarity(a, d) + 0.25);
    expect(related).toBeGreaterThan(cosineSimilarity(b, c) + 0.25);
  });

  it('matches word forms: stems and letter triples bring "grapple" and "grappled" together', () => {
    expect(stem('grappled')).toBe(stem('grapple'));
    expect(stem('grappling')).toBe(stem('grapple'));
    expect(stem('attacks')).toBe('attack');
    expect(cosineSimilarity(embedText('grappled'), embedText('grapple'))).toBeGreaterThan(0.9);
    // Letter triples alone relate words the stemmer leaves apart.
    const related = cosineSimilarity(embedText('invisibility'), embedText('invisible'));
    expect(related).toBeGreaterThan(0.08);
    expect(related).toBeGreaterThan(Math.abs(cosineSimilarity(embedText('invisibility'), embedText('exhaustion'))) + 0.05);
  });

  it('ignores case, accents, punctuation and stop words', () => {
    expect(embedText('The Grappled creature!')).toEqual(embedText('grappled CREATURE'));
    expect(embedText('Élan of the dragon')).toEqual(embedText('elan dragon'));
  });

  it('gives the zero vector for a text of stop words only, not NaN', () => {
    const v = embedText('the of and');
    expect(v).toHaveLength(LOCAL_EMBEDDING_DIMENSIONS);
    expect(v.every((x) => x === 0)).toBe(true);
  });
});

describe('choosing the embedder', () => {
  it('is the local embedder offline', () => {
    const embedder = embedderFor(readConfig({}).model);
    expect(embedder.id).toBe('local-hash-384');
    expect(embedder.dimensions).toBe(384);
    expect(embedder.model.modelId).toBe('local-hash-384');
  });

  it('is the configured OpenAI model with a key, text-embedding-3-small (1536) by default', async () => {
    const config = readConfig({ OPENAI_API_KEY: 'sk-test' }).model;
    const created: string[] = [];
    const mock = new MockEmbeddingModelV4({
      modelId: 'text-embedding-3-small',
      doEmbed: async ({ values }) => ({ embeddings: values.map(() => Array.from({ length: 1536 }, () => 0.01)), warnings: [] }),
    });
    const embedder = embedderFor(config, {
      createModel: (id) => {
        created.push(id);
        return mock;
      },
    });
    expect(created).toEqual(['text-embedding-3-small']);
    expect(embedder).toMatchObject({ id: 'text-embedding-3-small', dimensions: 1536 });
    const { embeddings } = await embedMany({ model: embedder.model, values: ['a', 'b'] });
    expect(embeddings.map((e) => e.length)).toEqual([1536, 1536]);
    // The small model's full length is its default: no dimensions are asked for.
    expect(mock.doEmbedCalls[0]!.dimensions).toBeUndefined();
  });

  it('asks text-embedding-3-large for 1536 numbers and records the shortened model apart', async () => {
    const config = readConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_EMBEDDING_MODEL: 'text-embedding-3-large' }).model;
    const mock = new MockEmbeddingModelV4({
      doEmbed: async ({ values, dimensions }) => ({ embeddings: values.map(() => Array.from({ length: dimensions ?? 3072 }, () => 0.01)), warnings: [] }),
    });
    const embedder = embedderFor(config, { createModel: () => mock });
    expect(embedder).toMatchObject({ id: 'text-embedding-3-large@1536', dimensions: 1536 });
    await embed({ model: embedder.model, value: 'x' });
    expect(mock.doEmbedCalls[0]!.dimensions).toBe(1536);
  });

  it('reads name@N for a compatible server, and refuses vectors of another length with the fix in the message', async () => {
    expect(parseEmbeddingModel('nomic-embed-text@768')).toMatchObject({ modelId: 'nomic-embed-text', id: 'nomic-embed-text', dimensions: 768, requestDimensions: false });
    const config = readConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://localhost:11434/v1', OPENAI_EMBEDDING_MODEL: 'nomic-embed-text' }).model;
    const mock = new MockEmbeddingModelV4({
      modelId: 'nomic-embed-text',
      doEmbed: async ({ values }) => ({ embeddings: values.map(() => [0.1, 0.2, 0.3]), warnings: [] }),
    });
    const embedder = embedderFor(config, { createModel: () => mock });
    expect(embedder.dimensions).toBe(1536);
    await expect(embed({ model: embedder.model, value: 'x', maxRetries: 0 })).rejects.toThrow(/OPENAI_EMBEDDING_MODEL=nomic-embed-text@3/);
  });
});
