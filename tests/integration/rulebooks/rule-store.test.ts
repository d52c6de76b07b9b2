import { MockEmbeddingModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { explainRuleSearch, searchRuleChunks } from '@/lib/db/queries/rule-search';
import { searchRuleChunksByText } from '@/lib/db/queries/rule-text-search';
import { deleteRuleSystem, getRuleSystem, listRuleSystems, saveRuleSystem, type EmbeddedRuleChunk, type NewRuleSystem } from '@/lib/db/queries/rule-systems';
import { chooseVectorStrategy, EXACT_SEARCH_MAX_CHUNKS, searchRuleChunksByVector } from '@/lib/db/queries/rule-vector-search';
import type { Database } from '@/lib/db/types';
import { embedderFor, type Embedder } from '@/lib/ai/embedding-models';
import { embedText } from '@/lib/rulebooks/local-embedder';
import { searchRules } from '@/lib/rulebooks/search';
import { rulebookSearch } from '@/lib/rulebooks/rule-citations';
import { createLookUpRuleTool } from '@/lib/ai/tools/look-up-rule';
import { REFERENCE_SOURCE } from '@/lib/rules/reference';
import type { RuleCitation } from '@/lib/rules/session-log';
import type { RuleChunk, RuleModule } from '@/lib/rulebooks/types';

const emptyModule: RuleModule = { conditions: [], actions: [], abilities: [], skills: [], damageTypes: [], monsters: [], spells: [] };

/** Passages whose retrieval the tests check, in the Basic Rules. */
const known = {
  grapple:
    'When you want to grab a creature or wrestle with it, you can use the Attack action to make a special melee attack, a grapple. ' +
    'The target must be no more than one size larger than you. Using at least one free hand, you try to seize the target by making a ' +
    "grapple check, a Strength (Athletics) check contested by the target's Strength (Athletics) or Dexterity (Acrobatics) check.",
  escape:
    'A grappled creature can use its action to escape. To do so, it must succeed on a Strength (Athletics) or Dexterity (Acrobatics) ' +
    "check contested by your Strength (Athletics) check. Moving a grappled creature drags it along at half speed.",
  opportunity:
    'You can make an opportunity attack when a hostile creature that you can see moves out of your reach. To make the opportunity ' +
    'attack, you use your reaction to make one melee attack against the provoking creature.',
  concentration:
    'Some spells require you to maintain concentration in order to keep their magic active. If you lose concentration, such a spell ends. ' +
    'Whenever you take damage while you are concentrating on a spell, you must make a Constitution saving throw to maintain your concentration.',
  longRest:
    'A long rest is a period of extended downtime, at least 8 hours long, during which a character sleeps for at least 6 hours. ' +
    'At the end of a long rest, a character regains all lost hit points and spent Hit Dice up to half of its total.',
  deathSaves:
    'Whenever you start your turn with 0 hit points, you must make a special saving throw, called a death saving throw. Roll a d20: ' +
    'if the roll is 10 or higher, you succeed. Otherwise, you fail. On your third success, you become stable; on your third failure, you die.',
  cover:
    'A target with half cover has a +2 bonus to AC and Dexterity saving throws. A target with three-quarters cover has a +5 bonus to AC ' +
    'and Dexterity saving throws. A target with total cover cannot be targeted directly by an attack or a spell.',
  falling:
    'A fall from a great height is one of the most common hazards facing an adventurer. At the end of a fall, a creature takes 1d6 ' +
    'bludgeoning damage for every 10 feet it fell, to a maximum of 20d6. The creature lands prone, unless it avoids taking damage from the fall.',
  invisible:
    'An invisible creature is impossible to see without the aid of magic or a special sense. Attack rolls against the creature have ' +
    "disadvantage, and the creature's attack rolls have advantage.",
  squeezing:
    'A creature can squeeze through a space that is large enough for a creature one size smaller than it. While squeezing through ' +
    'a space, a creature must spend 1 extra foot for every foot it moves there.',
} as const;
type Known = keyof typeof known;

const headings: Record<Known, string> = {
  grapple: 'Combat › Grappling',
  escape: 'Combat › Escaping a Grapple',
  opportunity: 'Combat › Opportunity Attacks',
  concentration: 'Spellcasting › Concentration',
  longRest: 'Adventuring › Long Rest',
  deathSaves: 'Combat › Death Saving Throws',
  cover: 'Combat › Cover',
  falling: 'Adventuring › Falling',
  invisible: 'Appendix › Invisible',
  squeezing: 'Combat › Squeezing into a Smaller Space',
};

/**
 * Filler about everything but the rules above (trade, weather, cooking, building, music, sailing,
 * farming, heraldry), varied as a book's other chapters are: enough passages that the search walks
 * the HNSW graph rather than scanning.
 */
function filler(count: number, from: number): RuleChunk[] {
  const domains: Record<string, string[]> = {
    Trade: 'merchant silk spice ledger levy caravan bale toll bazaar coinage guild barter wholesale warehouse tariff'.split(' '),
    Weather: 'monsoon drizzle hailstone gale thunderhead drought frost sleet barometer breeze overcast humidity squall'.split(' '),
    Cooking: 'stew broth roast skillet saffron dough oven bake simmer ladle garnish pastry marinade cauldron'.split(' '),
    Building: 'mason mortar buttress arch scaffold granite timber rafter beam keystone chisel plaster foundation'.split(' '),
    Music: 'lute ballad chorus melody harp verse drum minstrel tempo rhythm flute anthem hymn fiddle'.split(' '),
    Sailing: 'mast rigging hull keel anchor helm bowsprit starboard galley tide harbour compass ballast'.split(' '),
    Farming: 'barley orchard harvest plough furrow pasture cattle granary sickle meadow vineyard hay seedling'.split(' '),
    Heraldry: 'banner crest shield lion griffin azure gules chevron motto lineage herald tabard insignia'.split(' '),
  };
  const names = Object.keys(domains);
  let seed = 7;
  const rng = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const pick = <T,>(list: T[]) => list[Math.floor(rng() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const domain = pick(names);
    const words = domains[domain]!;
    const other = domains[pick(names)]!;
    const w = () => (rng() < 0.8 ? pick(words) : pick(other));
    return {
      ordinal: from + i,
      sectionId: `${domain.toLowerCase()}-${i % 9}`,
      heading: `${domain} › ${w()} and ${w()}`,
      pageStart: 200 + Math.floor(i / 4),
      pageEnd: 200 + Math.floor(i / 4),
      text:
        `Every ${w()} near the ${w()} needs a ${w()}, or the ${w()} and the ${w()} suffer. ` +
        `Chroniclers of the ${w()} list ${w()}, ${w()} and ${w()} among the ${w()} of the ${w()}.`,
    };
  });
}

const local = embedderFor(readConfig({}).model);
const embedWith = (chunks: RuleChunk[]): EmbeddedRuleChunk[] => chunks.map((c) => ({ ...c, embedding: embedText(`${c.heading}\n${c.text}`) }));

function system(id: string, name: string, chunks: EmbeddedRuleChunk[], over: Partial<NewRuleSystem> = {}): NewRuleSystem {
  return {
    id,
    name,
    sourceName: `${name}.pdf`,
    pageCount: 320,
    embeddingModel: local.id,
    dimensions: local.dimensions,
    module: emptyModule,
    structure: [{ id: 'combat', title: 'Combat', kind: 'chapter', depth: 1, parentId: null, pageStart: 1, pageEnd: 40, words: 5000 }],
    chunks,
    ...over,
  };
}

const basicId = '11111111-1111-4111-8111-111111111111';
const variantId = '22222222-2222-4222-8222-222222222222';
const hostedId = '33333333-3333-4333-8333-333333333333';

const basicChunks: RuleChunk[] = [
  ...(Object.keys(known) as Known[]).map((key, i) => ({
    ordinal: i,
    sectionId: key,
    heading: headings[key],
    pageStart: 10 + i * 3,
    pageEnd: 10 + i * 3 + (i % 2),
    text: known[key],
  })),
  ...filler(1000, Object.keys(known).length),
];

const variantChunks: RuleChunk[] = [
  {
    ordinal: 0,
    sectionId: 'gritty-falling',
    heading: 'Variant Rules › Gritty Falling',
    pageStart: 4,
    pageEnd: 4,
    text: 'In this variant, a fall deals 1d10 bludgeoning damage for every 10 feet, and a creature that falls 30 feet or more is also stunned until the end of its next turn.',
  },
  {
    ordinal: 1,
    sectionId: 'slow-healing',
    heading: 'Variant Rules › Slow Healing',
    pageStart: 5,
    pageEnd: 5,
    text: 'Characters do not regain hit points at the end of a long rest; instead they spend Hit Dice to heal.',
  },
  ...filler(20, 2).map((c) => ({ ...c, heading: 'Variant Rules › Markets' })),
];

let db: Database;
const count = async (table: string) => (await db.query<{ n: number }>(`select count(*)::int as n from ${table}`)).rows[0]!.n;

beforeAll(async () => {
  db = await openPglite('memory://');
  await saveRuleSystem(db, system(basicId, 'Basic Rules', embedWith(basicChunks)));
  await saveRuleSystem(db, system(variantId, 'Variant Rules', embedWith(variantChunks)));
});
afterAll(async () => db?.close());

const ask = (query: string, ruleSystemIds = [basicId, variantId], limit = 5) =>
  searchRules({ db, embedder: local }, { ruleSystemIds, query, limit });

describe('rule systems in Postgres with pgvector', () => {
  it('keeps a rule system with its passages, page numbers and outline', async () => {
    const systems = await listRuleSystems(db);
    expect(systems.map((s) => [s.name, s.chunkCount, s.dimensions, s.embeddingModel])).toEqual([
      ['Basic Rules', basicChunks.length, 384, 'local-hash-384'],
      ['Variant Rules', variantChunks.length, 384, 'local-hash-384'],
    ]);
    const basic = await getRuleSystem(db, { id: basicId });
    expect(basic).toMatchObject({ name: 'Basic Rules', sourceName: 'Basic Rules.pdf', pageCount: 320, module: emptyModule });
    expect(basic!.structure[0]).toMatchObject({ id: 'combat', title: 'Combat', words: 5000 });
    expect(await getRuleSystem(db, { id: '99999999-9999-4999-8999-999999999999' })).toBeNull();
  });

  it('loads a rule module stored before monsters and spells were read, with none of either', async () => {
    await db.query('update rule_systems set module = $2 where id = $1', [variantId, JSON.stringify({ conditions: [], actions: [], abilities: ['Strength'], skills: [], damageTypes: [] })]);
    expect((await getRuleSystem(db, { id: variantId }))!.module).toEqual({ ...emptyModule, abilities: ['Strength'] });
  });

  it('finds a passage by its keywords alone, through the full-text half', async () => {
    const { hits, problem } = await ask('"three-quarters cover"');
    expect(problem).toBeNull();
    expect(hits[0]).toMatchObject({ heading: 'Combat › Cover', ruleSystemName: 'Basic Rules', pageStart: 28, pageEnd: 28 });
    expect(hits[0]!.text).toBe(known.cover);
    // Ranked first by the text search (1), near the top by vector, and named by the question: more than the text's first place alone.
    expect(hits[0]!.score).toBeGreaterThan(1);
  });

  it('finds passages asked about in other words, through the vector half', async () => {
    const falling = await ask('how much damage do you take after you fell from a height', [basicId]);
    expect(falling.hits[0]!.heading).toBe('Adventuring › Falling');
    const escape = await ask('my character is grappled, how do I escape?', [basicId]);
    expect(escape.hits.slice(0, 2).map((h) => h.heading)).toContain('Combat › Escaping a Grapple');
    const concentration = await ask('what happens to my concentrating spell when I get hit', [basicId]);
    expect(concentration.hits[0]!.heading).toBe('Spellcasting › Concentration');
  });

  it('fuses the vector and full-text rankings by their scores, each scaled over its own list, the vector weighed as asked', async () => {
    const query = 'a check contested by Athletics or Acrobatics';
    const embedding = embedText(query);
    const candidates = 40;
    const vectorWeight = 0.3;
    const ruleSystemIds = [basicId, variantId];
    const vector = await searchRuleChunksByVector(db, { ruleSystemIds, embedding, dimensions: 384, limit: candidates });
    const text = await searchRuleChunksByText(db, { ruleSystemIds, query, limit: candidates });
    expect(text.length).toBeGreaterThanOrEqual(2);
    const similarities = vector.map((h) => 1 - h.distance);
    const [low, high] = [Math.min(...similarities), Math.max(...similarities)];
    const best = Math.max(...text.map((h) => h.score));
    const expected = new Map<string, number>();
    const add = (id: string, part: number) => expected.set(id, (expected.get(id) ?? 0) + part);
    vector.forEach((h, i) => add(h.chunkId, (vectorWeight * (similarities[i]! - low)) / (high - low)));
    text.forEach((h) => add(h.chunkId, h.score / best));

    const hits = await searchRuleChunks(db, { ruleSystemIds, query, embedding, dimensions: 384, limit: 8, candidates, vectorWeight });
    expect(hits).toHaveLength(8);
    // No title is all in the question, so each hit scores what its section's best passage was fused to.
    hits.forEach((h) => expect(h.score).toBeCloseTo(expected.get(h.chunkId)!, 6));
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    // The text's first passage leads with at least its 1; both grapple passages are near the top of both lists.
    expect(hits[0]!.score).toBeGreaterThanOrEqual(1);
    expect(hits.slice(0, 2).map((h) => h.heading).sort()).toEqual(['Combat › Escaping a Grapple', 'Combat › Grappling']);
  });

  it('answers a question of only common words, or none, with nothing', async () => {
    expect((await ask('what is the')).hits).toEqual([]);
    expect(await ask('   ')).toMatchObject({ hits: [], problem: null });
    expect(await ask('grapple', [])).toMatchObject({ hits: [], problem: 'No rulebooks were chosen to search.' });
  });

  it('refuses a question holding a NUL or a broken character with the reason, as a model may write one, rather than failing', async () => {
    for (const question of ['grapple\u0000', 'grapple \ud800']) {
      const { hits, problem } = await ask(question);
      expect(hits).toEqual([]);
      expect(problem).toMatch(/a character no text can/);
    }
  });

  it('tells the DM why its look-up was refused, where a model wrote such a question, beside the built-in rules', async () => {
    const cited: RuleCitation[] = [];
    const lookUp = createLookUpRuleTool({ cite: (c) => cited.push(c), search: rulebookSearch({ db, embedder: local }, [basicId]) });
    const run = async (query: string) => (await lookUp.execute!({ query }, { toolCallId: 'call-1', messages: [], context: {} })) as { found: RuleCitation[]; note?: string };
    const refused = await run('grapple\u0000 rules');
    expect(refused.note).toMatch(/^The rulebooks were not searched: The question holds a character no text can/);
    expect(refused.found.every((c) => c.source === REFERENCE_SOURCE)).toBe(true);
    const answered = await run('grapple a creature');
    expect(answered.note).toBeUndefined();
    expect(answered.found[0]).toMatchObject({ source: 'Basic Rules', section: headings.grapple });
    expect(cited.at(-1)?.source).toBe('Basic Rules');
  });

  it('searches only the rule systems asked for', async () => {
    const both = await ask('falling damage for every 10 feet');
    expect(new Set(both.hits.map((h) => h.ruleSystemName))).toEqual(new Set(['Basic Rules', 'Variant Rules']));
    const variant = await ask('falling damage for every 10 feet', [variantId]);
    expect(variant.hits.length).toBeGreaterThan(0);
    expect(variant.hits.every((h) => h.ruleSystemId === variantId)).toBe(true);
    expect(variant.hits[0]!.heading).toBe('Variant Rules › Gritty Falling');
    const basic = await ask('falling damage for every 10 feet', [basicId]);
    expect(basic.hits.every((h) => h.ruleSystemId === basicId)).toBe(true);
    expect(basic.hits[0]!.heading).toBe('Adventuring › Falling');
  });

  it('walks the HNSW expression index for a large library, and scans a small one exactly', async () => {
    expect(chooseVectorStrategy(EXACT_SEARCH_MAX_CHUNKS + 1, EXACT_SEARCH_MAX_CHUNKS + 1)).toBe('hnsw');
    expect(chooseVectorStrategy(120_000, 150_000)).toBe('hnsw');
    expect(chooseVectorStrategy(EXACT_SEARCH_MAX_CHUNKS, 150_000)).toBe('exact');
    expect(chooseVectorStrategy(9_000, 150_000)).toBe('exact');

    const input = { query: 'grapple', embedding: embedText('grapple'), dimensions: 384, ruleSystemIds: [basicId, variantId] };
    const graph = (await explainRuleSearch(db, { ...input, strategy: 'hnsw' })).join('\n');
    expect(graph).toMatch(/Index Scan using rule_chunks_embedding_384_idx on rule_chunks/);
    expect(graph).toMatch(/Order By: \(\(embedding\)::vector\(384\) <=> /);
    // This library is small: by default every distance is computed, through no vector index.
    const small = (await explainRuleSearch(db, input)).join('\n');
    expect(small).not.toMatch(/rule_chunks_embedding_384_idx/);

    // The graph walk answers like a search: `limit` passages of the chosen systems, nearest first.
    // (How often it finds the true nearest is the retrieval benchmark's business: it is approximate.)
    const hits = await searchRuleChunksByVector(db, { ruleSystemIds: [basicId], embedding: embedText(known.cover), dimensions: 384, limit: 5, strategy: 'hnsw' });
    expect(hits).toHaveLength(5);
    expect(hits.map((h) => h.distance)).toEqual([...hits.map((h) => h.distance)].sort((a, b) => a - b));
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from rule_chunks where id = any($1::bigint[]) and rule_system_id = $2', [
      hits.map((h) => h.chunkId),
      basicId,
    ]);
    expect(rows[0]!.n).toBe(5);
  });

  it('leaves nothing behind when a save fails part-way (a vector of the wrong length)', async () => {
    const before = { systems: await count('rule_systems'), chunks: await count('rule_chunks') };
    const chunks = embedWith(filler(7, 0));
    chunks[5] = { ...chunks[5]!, embedding: chunks[5]!.embedding.slice(0, 100) };
    await expect(saveRuleSystem(db, system('44444444-4444-4444-8444-444444444444', 'Broken', chunks), { batchSize: 2 })).rejects.toThrow(
      /rule_chunks_check|vector_dims|dimensions/,
    );
    expect({ systems: await count('rule_systems'), chunks: await count('rule_chunks') }).toEqual(before);
    expect(await getRuleSystem(db, { id: '44444444-4444-4444-8444-444444444444' })).toBeNull();
  });

  it('records a hosted embedder and its dimensions per rule system, and keeps questions to systems of the same embedder', async () => {
    // text-embedding-3-small as a mock: 1536 numbers, the local vector repeated (cosines are kept).
    const hostedModel = new MockEmbeddingModelV4({
      modelId: 'text-embedding-3-small',
      doEmbed: async ({ values }) => ({ embeddings: values.map((v) => embedText(v).flatMap((x) => [x / 2, x / 2, x / 2, x / 2])), warnings: [] }),
    });
    const hosted: Embedder = embedderFor(readConfig({ OPENAI_API_KEY: 'sk-test' }).model, { createModel: () => hostedModel });
    expect(hosted).toMatchObject({ id: 'text-embedding-3-small', dimensions: 1536 });
    const texts = [known.falling, known.cover, known.longRest];
    const { embeddings } = await import('ai').then(({ embedMany }) => embedMany({ model: hosted.model, values: texts }));
    await saveRuleSystem(
      db,
      system(hostedId, 'Hosted Rules', texts.map((text, i) => ({ ordinal: i, sectionId: `s${i}`, heading: 'Hosted', pageStart: i + 1, pageEnd: i + 1, text, embedding: embeddings[i]! })), {
        embeddingModel: hosted.id,
        dimensions: hosted.dimensions,
      }),
    );
    expect(await getRuleSystem(db, { id: hostedId })).toMatchObject({ embeddingModel: 'text-embedding-3-small', dimensions: 1536, chunkCount: 3 });

    const all = [basicId, variantId, hostedId];
    const withHosted = await searchRules({ db, embedder: hosted }, { ruleSystemIds: all, query: 'how far can you fall', limit: 3 });
    expect(withHosted.searched).toEqual([hostedId]);
    expect(withHosted.skipped.map((s) => s.name).sort()).toEqual(['Basic Rules', 'Variant Rules']);
    expect(withHosted.hits[0]!.text).toBe(known.falling);
    expect(withHosted.hits.every((h) => h.ruleSystemId === hostedId)).toBe(true);

    const withLocal = await searchRules({ db, embedder: local }, { ruleSystemIds: [hostedId], query: 'falling', limit: 3 });
    expect(withLocal.hits).toEqual([]);
    expect(withLocal.problem).toMatch(/None of the chosen rulebooks can be searched with the embedding model in use \(local-hash-384, 384 dimensions\)/);
    expect(withLocal.problem).toMatch(/"Hosted Rules" was embedded by text-embedding-3-small \(1536 dimensions\)/);

    // The 1536-number vectors have an HNSW index of their own.
    const plan = (
      await explainRuleSearch(db, { ruleSystemIds: [hostedId], query: 'fall', embedding: embeddings[0]!, dimensions: 1536, strategy: 'hnsw' })
    ).join('\n');
    expect(plan).toMatch(/Index Scan using rule_chunks_embedding_1536_idx/);
  });

  it('deletes a rule system with all its passages', async () => {
    const before = await count('rule_chunks');
    expect(await deleteRuleSystem(db, { id: variantId })).toBe(true);
    expect(await deleteRuleSystem(db, { id: variantId })).toBe(false);
    expect(await count('rule_chunks')).toBe(before - variantChunks.length);
    const { rows } = await db.query<{ n: number }>('select count(*)::int as n from rule_chunks where rule_system_id = $1', [variantId]);
    expect(rows[0]!.n).toBe(0);
    expect((await listRuleSystems(db)).map((s) => s.name)).toEqual(['Basic Rules', 'Hosted Rules']);
    const after = await ask('falling damage for every 10 feet', [basicId, variantId]);
    expect(after.hits.every((h) => h.ruleSystemId === basicId)).toBe(true);
  });
});
