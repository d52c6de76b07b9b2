import { embedMany } from 'ai';
import { MockEmbeddingModelV4 } from 'ai/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { indexRulePassageTerms } from '@/lib/db/queries/rule-passage-terms';
import { NAMED_BOOST, PASSAGES_PER_SECTION } from '@/lib/db/queries/rule-search';
import { deleteRuleSystem, saveRuleSystem } from '@/lib/db/queries/rule-systems';
import { searchRuleChunksByText } from '@/lib/db/queries/rule-text-search';
import type { Database } from '@/lib/db/types';
import { embedderFor, type Embedder } from '@/lib/ai/embedding-models';
import { bookWordsFor } from '@/lib/rulebooks/players-words';
import { searchRules } from '@/lib/rulebooks/search';
import { tableRowNames } from '@/lib/rulebooks/table-rows';
import type { RuleChunk, RuleModule } from '@/lib/rulebooks/types';
import { embeddedRuleSystem } from '../../fixtures/embedded-rule-system';

/**
 * A small book with the traps the issue found: a feat and a monk feature that
 * mention grappling beside the grappling rule itself, a condition defined in
 * an appendix with no heading of its own beside a dragon that frightens, and
 * a paragraph every class repeats word for word.
 */
const weaponsTable = [
  'Name\tCost\tDamage\tWeight\tProperties',
  'Battleaxe\t10 gp\t1d8 slashing\t4 lb.\tVersatile (1d10)',
  'Flail\t10 gp\t1d8 bludgeoning\t2 lb.\t—',
  'Greataxe\t30 gp\t1d12 slashing\t7 lb.\tHeavy, two-handed',
  'Longsword\t15 gp\t1d8 slashing\t3 lb.\tVersatile (1d10)',
  'Maul\t10 gp\t2d6 bludgeoning\t10 lb.\tHeavy, two-handed',
].join('\n');

const passages: Array<Omit<RuleChunk, 'ordinal'>> = [
  {
    sectionId: 'grappling',
    heading: 'Combat › Making an Attack › Grappling',
    pageStart: 95,
    pageEnd: 95,
    text:
      'When you want to grab a creature or wrestle with it, you can use the Attack action to make a special melee attack, a grapple. ' +
      'The target must be no more than one size larger than you. Using at least one free hand, you try to seize the target.',
  },
  {
    sectionId: 'grappling',
    heading: 'Combat › Making an Attack › Grappling',
    pageStart: 96,
    pageEnd: 96,
    text:
      'Escaping a Grapple. A grappled creature can use its action to escape, with a check contested by yours. ' +
      'Moving a Grappled Creature. When you move, you can drag or carry the grappled creature with you, at half speed.',
  },
  {
    sectionId: 'grappler',
    heading: 'Feats › Grappler',
    pageStart: 75,
    pageEnd: 75,
    text:
      'You have developed the skills to hold your own in close-quarters grappling. You have advantage on attack rolls against a creature ' +
      'you are grappling. You can use your action to try to pin a creature grappled by you; if you succeed, you and the grappled creature are both restrained.',
  },
  {
    sectionId: 'martial-arts',
    heading: 'Classes › Monk › Martial Arts',
    pageStart: 26,
    pageEnd: 26,
    text: 'Your practice of martial arts gives you mastery of unarmed strikes. When you hit with an unarmed strike you may instead grapple the target.',
  },
  {
    sectionId: 'conditions',
    heading: 'Appendix A: Conditions',
    pageStart: 358,
    pageEnd: 358,
    text:
      'Frightened\n• A frightened creature has disadvantage on ability checks and attack rolls while the source of its fear is within line of sight.\n' +
      '• The creature can’t willingly move closer to the source of its fear.',
  },
  {
    sectionId: 'conditions',
    heading: 'Appendix A: Conditions',
    pageStart: 358,
    pageEnd: 359,
    text: 'Grappled\n• A grappled creature’s speed becomes 0.\n• The condition ends if the grappler is incapacitated.',
  },
  {
    sectionId: 'red-dragon',
    heading: 'Monsters › Dragons › Adult Red Dragon',
    pageStart: 287,
    pageEnd: 287,
    text:
      'Frightful Presence. Each creature of the dragon’s choice that is within 120 feet of the dragon and aware of it must succeed on a ' +
      'Wisdom saving throw or become frightened for 1 minute. A frightened creature can repeat the saving throw at the end of each of its turns.',
  },
  ...['Barbarian', 'Bard'].map((name, i) => ({
    sectionId: `asi-${name}`,
    heading: `Classes › ${name} › Ability Score Improvement`,
    pageStart: 9 + i * 4,
    pageEnd: 9 + i * 4,
    text: 'When you reach 4th level, you can increase one ability score of your choice by 2, or two ability scores of your choice by 1.',
  })),
  // A list of spells: one section, each spell an entry of its own (see list-entries.ts).
  ...[
    ['Alarm', 'Walk a wide circle as you cast this spell. Until you prepare spells again your magic will alert you if a creature crosses that circle.'],
    ['Sleep', 'Enemies you can see fall asleep. Only creatures capable of sleeping are affected; loud noises and pain wake them.'],
  ].map(([name, text]) => ({ sectionId: 'wizard-spells', heading: `Magic › Wizard Spells › ${name}`, pageStart: 70, pageEnd: 70, text: `${name}\tLevel 1\n\n${text}` })),
  // A table of weapons, and a monster that swings one of them.
  {
    sectionId: 'weapons-table',
    heading: 'Equipment › Weapons › Table: Weapons',
    pageStart: 66,
    pageEnd: 66,
    text: weaponsTable,
    rowNames: tableRowNames(weaponsTable),
  },
  {
    sectionId: 'minotaur',
    heading: 'Monsters › Minotaur',
    pageStart: 333,
    pageEnd: 333,
    text: 'Greataxe. Melee Weapon Attack: +6 to hit, reach 5 ft., one target. Hit: 17 (2d12 + 4) slashing damage. The minotaur swings its greataxe in wide arcs.',
  },
  // The rest of the book: "creature", "attack" and "turn" are everywhere, as in a real one.
  ...Array.from({ length: 30 }, (_, i) => ({
    sectionId: `bestiary-${i}`,
    heading: `Monsters › Beasts › Beast ${i}`,
    pageStart: 300 + i,
    pageEnd: 300 + i,
    text:
      `Beast ${i} is a creature of the ${['forest', 'hills', 'swamp', 'coast', 'desert'][i % 5]}. On its turn the creature makes one attack, ` +
      `and a creature it hits takes ${i % 6 + 1}d6 damage. The creature ${['hunts at night', 'guards its den', 'travels in packs'][i % 3]}.`,
  })),
];

const chunks: RuleChunk[] = passages.map((p, ordinal) => ({ ...p, ordinal }));

const module: RuleModule = {
  conditions: [
    { name: 'Frightened', summary: 'A frightened creature has disadvantage…', page: 358 },
    { name: 'Grappled', summary: 'A grappled creature’s speed becomes 0.', page: 358 },
  ],
  actions: [],
  abilities: [],
  skills: [],
  damageTypes: [],
  monsters: [],
  spells: [],
};

const offline = embedderFor(readConfig({}).model);
const offlineId = '11111111-1111-4111-8111-111111111111';

const book = (id: string, embedder: Embedder, name: string) => embeddedRuleSystem({ id, name, embedder, chunks, module });

let db: Database;
beforeAll(async () => {
  db = await openPglite('memory://');
  await saveRuleSystem(db, await book(offlineId, offline, 'Rules'));
});
afterAll(async () => db?.close());

const ask = (query: string, embedder = offline, ruleSystemIds = [offlineId]) => searchRules({ db, embedder }, { ruleSystemIds, query, limit: 5 });

describe('ranking rule passages for a question', () => {
  it('cites the grappling rule first for "How does grappling work?", over a feat and a monk feature that mention it, and no section twice', async () => {
    const { hits } = await ask('How does grappling work?');
    expect(hits[0]!.heading).toBe('Combat › Making an Attack › Grappling');
    const headings = hits.map((h) => h.heading);
    expect(new Set(headings).size).toBe(headings.length);
    expect(headings.indexOf('Feats › Grappler')).toBeGreaterThan(0);
  });

  it('brings a section’s best passages together in one hit, with the pages they cover', async () => {
    const { hits } = await ask('How does grappling work?');
    expect(PASSAGES_PER_SECTION).toBe(2);
    expect(hits[0]).toMatchObject({ pageStart: 95, pageEnd: 96 });
    expect(hits[0]!.text).toBe(`${chunks[0]!.text}\n\n${chunks[1]!.text}`);
  });

  it('matches any of the question’s words, where all of them are in no passage', async () => {
    const question = 'what happens when my creature grapples someone twice its size';
    const { rows } = await db.query<{ n: number }>(
      `select count(*)::int as n from rule_chunks, websearch_to_tsquery('english', $1) q where tsv @@ q`,
      [question],
    );
    expect(rows[0]!.n).toBe(0);
    const text = await searchRuleChunksByText(db, { ruleSystemIds: [offlineId], query: question, limit: 3 });
    expect(text.length).toBe(3);
    const { hits } = await ask(question);
    expect(hits[0]!.heading).toBe('Combat › Making an Attack › Grappling');
  });

  it('weighs a rare word above a common one: "creature" is in every bestiary entry, "grapple" in four passages', async () => {
    const text = await searchRuleChunksByText(db, { ruleSystemIds: [offlineId], query: 'creature grapple', limit: 5 });
    const { rows } = await db.query<{ id: string; heading: string }>('select id::text, heading from rule_chunks where id::text = any($1)', [
      text.map((t) => t.chunkId),
    ]);
    const heading = new Map(rows.map((r) => [r.id, r.heading]));
    expect(text.map((t) => heading.get(t.chunkId)!).every((h) => !h.startsWith('Monsters › Beasts'))).toBe(true);
  });

  it('finds the rule in the book’s words for a question in a player’s: "grab" and "hold him down" are grappling', async () => {
    const question = 'can I grab a guy and hold him down';
    expect(bookWordsFor(question)).toBe('grapple grappled');
    const withoutBookWords = await searchRuleChunksByText(db, { ruleSystemIds: [offlineId], query: question, limit: 5 });
    const withBookWords = await searchRuleChunksByText(db, { ruleSystemIds: [offlineId], query: question, bookWords: 'grapple grappled', limit: 5 });
    expect(withBookWords.length).toBeGreaterThan(withoutBookWords.length);
    const { hits } = await ask(question);
    expect(hits[0]!.heading).toBe('Combat › Making an Attack › Grappling');
  });

  it('knows which passage defines a condition of the book’s module, and cites it for a fear, beside the dragon the question names', async () => {
    const { rows } = await db.query<{ ordinal: number; defines: string[] }>(
      `select ordinal, defines from rule_chunks where rule_system_id = $1 and cardinality(defines) > 0 order by ordinal`,
      [offlineId],
    );
    expect(rows).toEqual([
      { ordinal: 4, defines: ['Frightened'] },
      { ordinal: 5, defines: ['Grappled'] },
    ]);
    const { hits } = await ask('I’m terrified, what does that do to me');
    expect(hits[0]!.heading).toBe('Appendix A: Conditions');
    expect(hits[0]!.text).toContain('A frightened creature has disadvantage');
    // Naming the dragons lifts the best of them (see WITHIN_BOOST): the condition is cited beside its source.
    const named = await ask('I’m terrified of the dragon, what does that do to me');
    expect(named.hits.slice(0, 2).map((h) => h.heading).sort()).toEqual(['Appendix A: Conditions', 'Monsters › Dragons › Adult Red Dragon']);
  });

  it('gives a named passage its boost on top of what the rankings gave it', async () => {
    const named = await ask('Adult Red Dragon frightful presence');
    const unnamed = await ask('dragon frightful presence');
    const dragon = (hits: typeof named.hits) => hits.find((h) => h.heading === 'Monsters › Dragons › Adult Red Dragon')!;
    expect(dragon(named.hits).score - dragon(unnamed.hits).score).toBeGreaterThan(NAMED_BOOST * 0.9);
  });

  it('cites each entry of a list on its own, the one the question names first', async () => {
    const { hits } = await ask('my wizard sets up a magic tripwire around camp');
    expect(hits[0]).toMatchObject({ heading: 'Magic › Wizard Spells › Alarm', pageStart: 70 });
    expect(hits[0]!.text).not.toContain('asleep');
    const both = await ask('can the alarm spell wake us when sleep is cast on us');
    const spells = both.hits.filter((h) => h.heading.startsWith('Magic › Wizard Spells'));
    expect(spells.map((h) => h.heading).sort()).toEqual(['Magic › Wizard Spells › Alarm', 'Magic › Wizard Spells › Sleep']);
  });

  it('finds the table for a question that names one of its rows, over a monster that swings that weapon', async () => {
    const { rows } = await db.query<{ row_names: string[] }>('select row_names from rule_chunks where rule_system_id = $1 and section_id = $2', [
      offlineId,
      'weapons-table',
    ]);
    expect(rows).toEqual([{ row_names: ['Battleaxe', 'Flail', 'Greataxe', 'Longsword', 'Maul'] }]);
    const { hits } = await ask('how much damage does a greataxe do');
    expect(hits[0]).toMatchObject({ heading: 'Equipment › Weapons › Table: Weapons', pageStart: 66 });
    // Cited with the row asked about first, after the table's head.
    expect(hits[0]!.text.split('\n').slice(0, 2)).toEqual(['Name\tCost\tDamage\tWeight\tProperties', 'Greataxe\t30 gp\t1d12 slashing\t7 lb.\tHeavy, two-handed']);
    expect(hits.map((h) => h.heading)).toContain('Monsters › Minotaur');
  });

  it('cites a paragraph the book prints for every class once', async () => {
    const { hits } = await ask('when can I increase my ability score');
    expect(hits.filter((h) => h.heading.endsWith('Ability Score Improvement'))).toHaveLength(1);
  });

  it('keeps the full text with a hosted embedder: one that knows nothing still finds the rules by their words', async () => {
    const constant = new MockEmbeddingModelV4({
      modelId: 'text-embedding-3-small',
      doEmbed: async ({ values }) => ({ embeddings: values.map(() => Array.from({ length: 1536 }, (_, i) => (i === 0 ? 1 : 0))), warnings: [] }),
    });
    const hosted = embedderFor(readConfig({ OPENAI_API_KEY: 'sk-test' }).model, { createModel: () => constant });
    const hostedId = '22222222-2222-4222-8222-222222222222';
    await saveRuleSystem(db, await book(hostedId, hosted, 'Hosted rules'));
    const answers: Record<string, string> = {
      'How does grappling work?': 'Combat › Making an Attack › Grappling',
      'can I grab a guy and hold him down': 'Combat › Making an Attack › Grappling',
      'I’m terrified of the dragon, what does that do to me': 'Appendix A: Conditions',
    };
    for (const [question, answer] of Object.entries(answers)) {
      const { hits, searched } = await ask(question, hosted, [offlineId, hostedId]);
      expect(searched).toEqual([hostedId]);
      expect(hits.slice(0, 2).map((h) => h.heading)).toContain(answer);
    }
    await deleteRuleSystem(db, { id: hostedId });
  });

  it('finds with a hosted embedder as good as the local one what the local one finds', async () => {
    // The local vectors at 1536 numbers (each repeated four times: cosines are kept), as a hosted model.
    const asLocal = new MockEmbeddingModelV4({
      modelId: 'text-embedding-3-small',
      doEmbed: async ({ values }) => {
        const { embeddings } = await embedMany({ model: offline.model, values });
        return { embeddings: embeddings.map((e) => e.flatMap((x) => [x / 2, x / 2, x / 2, x / 2])), warnings: [] };
      },
    });
    const hosted = embedderFor(readConfig({ OPENAI_API_KEY: 'sk-test' }).model, { createModel: () => asLocal });
    const hostedId = '33333333-3333-4333-8333-333333333333';
    await saveRuleSystem(db, await book(hostedId, hosted, 'Hosted rules'));
    for (const question of ['How does grappling work?', 'can I grab a guy and hold him down', 'I’m terrified of the dragon, what does that do to me']) {
      const { hits: offlineHits } = await ask(question);
      const { hits: hostedHits } = await ask(question, hosted, [hostedId]);
      expect(hostedHits[0]!.heading).toBe(offlineHits[0]!.heading);
    }
    await deleteRuleSystem(db, { id: hostedId });
  });

  it('weighs the words alike in steps of a few passages and in one call, and keeps no counts once done', async () => {
    const weights = async () =>
      (
        await db.query<{ term: string }>(
          `select lexeme || ' ' || chunk_id || ' ' || round(weight::numeric, 5) as term from rule_passage_terms where rule_system_id = $1 order by chunk_id, lexeme`,
          [offlineId],
        )
      ).rows.map((r) => r.term);
    const saved = await weights();
    const steps: string[] = [];
    await db.transaction((tx) =>
      indexRulePassageTerms({ query: (text, params) => (steps.push(text), tx.query(text, params)) }, offlineId, 2),
    );
    expect(steps.filter((text) => text.includes('weigh_rule_passage_terms')).length).toBe(Math.ceil(chunks.length / 2));
    expect(await weights()).toEqual(saved);
    await db.query('select public.index_rule_passage_terms($1)', [offlineId]);
    expect(await weights()).toEqual(saved);
    const { rows } = await db.query<{ n: number }>('select (select count(*) from rule_passage_term_df) + (select count(*) from rule_passage_term_books) as n');
    expect(Number(rows[0]!.n)).toBe(0);
  });

  it('keeps each rule system’s words with its passages, and lets them go with it', async () => {
    const count = async () => (await db.query<{ n: number }>('select count(*)::int as n from rule_passage_terms where rule_system_id = $1', [offlineId])).rows[0]!.n;
    const before = await count();
    expect(before).toBeGreaterThan(chunks.length);
    const { rows } = await db.query<{ weight: number }>(
      `select weight from rule_passage_terms where rule_system_id = $1 order by weight desc limit 1`,
      [offlineId],
    );
    expect(rows[0]!.weight).toBeGreaterThan(0);
    // Indexing again (as the migration does for systems imported before it) changes nothing.
    await db.query('select public.index_rule_passage_terms($1)', [offlineId]);
    expect(await count()).toBe(before);
    expect(await deleteRuleSystem(db, { id: offlineId })).toBe(true);
    expect(await count()).toBe(0);
  });
});
