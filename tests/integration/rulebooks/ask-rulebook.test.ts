import { MockEmbeddingModelV4, MockLanguageModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embedderFor, type Embedder } from '@/lib/ai/embedding-models';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { saveRuleSystem } from '@/lib/db/queries/rule-systems';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import { ANSWERS_SHOWN, askRulebook } from '@/lib/rulebooks/ask-rulebook';
import type { RuleChunk } from '@/lib/rulebooks/types';
import { embeddedRuleSystem } from '../../fixtures/embedded-rule-system';

const chunks: RuleChunk[] = [
  {
    sectionId: 'grappling',
    heading: 'Combat › Grappling',
    pageStart: 95,
    pageEnd: 96,
    ordinal: 0,
    text: 'When you want to grab a creature or wrestle with it, you can use the Attack action to make a special melee attack, a grapple.',
  },
  {
    sectionId: 'cover',
    heading: 'Combat › Cover',
    pageStart: 96,
    pageEnd: 96,
    ordinal: 1,
    text: 'Walls, trees, creatures, and other obstacles can provide cover during combat, making a target more difficult to harm.',
  },
  {
    sectionId: 'find-familiar',
    heading: 'Magic › Find Familiar',
    pageStart: 143,
    pageEnd: 143,
    ordinal: 10,
    text: 'You gain the service of a familiar, a spirit that takes a form you choose: a bat, cat, crab, frog, hawk or owl.',
  },
  ...Array.from({ length: 8 }, (_, i) => ({
    sectionId: `spell-${i}`,
    heading: `Spells › Fire Spell ${i + 1}`,
    pageStart: 200 + i,
    pageEnd: 200 + i,
    ordinal: 2 + i,
    text: `A bright streak of fire flashes from your finger, number ${i + 1} of its kind, and each creature in the area takes fire damage.`,
  })),
];

const offline = embedderFor(readConfig({}).model);
const localId = '31111111-1111-4111-8111-111111111111';
const hostedId = '32222222-2222-4222-8222-222222222222';

const save = async (db: Database, id: string, embedder: Embedder, name: string) =>
  saveRuleSystem(db, await embeddedRuleSystem({ id, name, embedder, chunks, pageCount: 300 }));

let db: Database;
beforeAll(async () => {
  db = await openPglite('memory://');
  await save(db, localId, offline, 'Table Rules');
  const hostedModel = new MockEmbeddingModelV4({
    modelId: 'text-embedding-3-small',
    doEmbed: async ({ values }) => ({ embeddings: values.map(() => Array.from({ length: 1536 }, (_, i) => (i === 0 ? 1 : 0))), warnings: [] }),
  });
  await save(db, hostedId, embedderFor(readConfig({ OPENAI_API_KEY: 'sk-test' }).model, { createModel: () => hostedModel }), 'Hosted Rules');
});
afterAll(async () => db?.close());

const ask = (ruleSystemId: string, question: string) => askRulebook({ db, embedder: offline }, { ruleSystemId, question });

async function failure(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!AppError.is(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe('asking one rulebook a question', () => {
  it('answers with the sections the DM would cite, best first, with their pages', async () => {
    const answers = await ask(localId, 'can I grab a guy and hold him down');
    expect(answers[0]).toEqual({ section: 'Combat › Grappling', pageStart: 95, pageEnd: 96, text: chunks[0]!.text });
  });

  it('gives at most a handful of answers however many sections match', async () => {
    const answers = await ask(localId, 'fire damage spell');
    expect(answers.length).toBe(ANSWERS_SHOWN);
    expect(answers.every((a) => a.section.startsWith('Spells › Fire Spell'))).toBe(true);
  });

  it('answers nothing, not an error, when the question has no words to search by', async () => {
    expect(await ask(localId, 'what is the')).toEqual([]);
  });

  it('says a rulebook that does not exist is not found', async () => {
    const error = await failure(ask('39999999-9999-4999-8999-999999999999', 'how does grappling work'));
    expect(error).toMatchObject({ code: 'not_found' });
  });

  it('answers a 503, not a crash, when the hosted embedding model fails, and does not repeat what it said', async () => {
    const failing = new MockEmbeddingModelV4({
      modelId: 'text-embedding-3-small',
      doEmbed: async () => {
        throw new Error('Incorrect API key provided: sk-live-secret');
      },
    });
    const hosted = embedderFor(readConfig({ OPENAI_API_KEY: 'sk-test' }).model, { createModel: () => failing });
    const error = await failure(askRulebook({ db, embedder: hosted }, { ruleSystemId: hostedId, question: 'how does grappling work' }));
    expect(error).toMatchObject({ code: 'unavailable', status: 503 });
    expect(error.message).toContain('text-embedding-3-small');
    expect(error.message).not.toContain('sk-live-secret');
  });

  it('refuses a rulebook embedded by another model, naming the model and the mend', async () => {
    const error = await failure(ask(hostedId, 'how does grappling work'));
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('text-embedding-3-small');
    expect(error.message).toContain('Import them again');
  });

  it('searches the terms a hosted model names for a person’s question beside its words, and its words alone when the model fails', async () => {
    const prompts: string[] = [];
    const naming = (text: string | Error) =>
      new MockLanguageModelV4({
        doGenerate: async (options) => {
          prompts.push(JSON.stringify(options.prompt));
          if (text instanceof Error) throw text;
          return {
            content: [{ type: 'text', text }],
            finishReason: { unified: 'stop', raw: undefined },
            usage: { inputTokens: { total: 50, noCache: 50, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 10, text: 10, reasoning: 0 } },
            warnings: [],
          };
        },
      });
    const question = 'can my wizard get a little pet that spies for him';
    const askWith = (questionModel: MockLanguageModelV4) => askRulebook({ db, embedder: offline, questionModel }, { ruleSystemId: localId, question });
    expect((await ask(localId, question))[0]?.section).not.toBe('Magic › Find Familiar');
    expect((await askWith(naming(JSON.stringify({ terms: ['Find Familiar'] }))))[0]?.section).toBe('Magic › Find Familiar');
    expect(prompts[0]).toContain('a little pet that spies for him');
    // Its answer is only ever words to search for: markup, SQL and prose are cleaned to words.
    const hostile = await askWith(naming(JSON.stringify({ terms: ["Find Familiar'); drop table rule_chunks; --", '<script>x</script>'] })));
    expect(hostile[0]?.section).toBe('Magic › Find Familiar');
    expect((await db.query<{ n: number }>('select count(*)::int as n from rule_chunks')).rows[0]!.n).toBeGreaterThan(0);
    const asAsked = (await ask(localId, question)).map((a) => a.section);
    expect((await askWith(naming(new Error('the model is down')))).map((a) => a.section)).toEqual(asAsked);
    expect((await askWith(naming('I think you want a familiar!'))).map((a) => a.section)).toEqual(asAsked);
  });
});
