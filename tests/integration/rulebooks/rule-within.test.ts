import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '@/lib/config';
import { openPglite } from '@/lib/db/pglite';
import { WITHIN_BOOST } from '@/lib/db/queries/rule-search';
import { saveRuleSystem } from '@/lib/db/queries/rule-systems';
import type { Database } from '@/lib/db/types';
import { embedderFor } from '@/lib/ai/embedding-models';
import { searchRules } from '@/lib/rulebooks/search';
import type { RuleChunk, RuleModule } from '@/lib/rulebooks/types';
import { getSpell } from '@/lib/rules/srd/spells';
import { embeddedRuleSystem } from '../../fixtures/embedded-rule-system';

/**
 * A book whose general rule of falling says more of a player's words than
 * the monk's Slow Fall that answers them, a bard's feature, a wizard's many
 * features beside a spell, a paladin's spell printed among the spells, and a
 * bestiary filed under letters.
 */
const passages: Array<Omit<RuleChunk, 'ordinal'>> = [
  {
    sectionId: 'healing',
    heading: 'Combat › Damage and Healing › Healing',
    pageStart: 97,
    pageEnd: 97,
    text:
      'Unless it results in death, damage isn’t permanent. Rest can restore a creature’s hit points, and magical methods such as a ' +
      'cure wounds spell or a potion of healing can remove damage in an instant. Hit points regained are added to its current hit points.',
  },
  {
    sectionId: 'falling',
    heading: 'Adventuring › The Environment › Falling',
    pageStart: 86,
    pageEnd: 86,
    text:
      'Falling. A fall from a great height is one of the most common hazards facing an adventurer. At the end of a fall, a creature takes ' +
      '1d6 bludgeoning damage for every 10 feet it fell, to a maximum of 20d6. The creature lands prone, unless it avoids taking damage from the fall.',
  },
  {
    sectionId: 'bard',
    heading: 'Classes › Bard',
    pageStart: 11,
    pageEnd: 11,
    text: 'A bard weaves magic through words and music. Bards are versatile performers and storytellers.',
  },
  {
    sectionId: 'song-of-rest',
    heading: 'Classes › Bard › Song of Rest',
    pageStart: 12,
    pageEnd: 12,
    text: 'Beginning at 2nd level, you can use soothing music or oration to help revitalize your wounded allies during a short rest.',
  },
  {
    sectionId: 'slow-fall',
    heading: 'Classes › Monk › Slow Fall',
    pageStart: 27,
    pageEnd: 27,
    text: 'Beginning at 4th level, you can use your reaction to reduce any damage you take from a fall by an amount equal to five times your level.',
  },
  {
    sectionId: 'wish',
    heading: 'Spells › Wish',
    pageStart: 193,
    pageEnd: 193,
    text: 'The mightiest spell a mortal can cast. By simply speaking aloud, you can alter the very foundations of reality.',
  },
  ...['Arcane Recovery', 'Spell Mastery', 'Signature Spells', 'Ritual Casting', 'Spellbook', 'Cantrips'].map((name, i) => ({
    sectionId: `wizard-${i}`,
    heading: `Classes › Wizard › ${name}`,
    pageStart: 52 + i,
    pageEnd: 52 + i,
    text: `${name}. The wizard who wants it studies in a castle, as every wizard does.`,
  })),
  {
    sectionId: 'mounts',
    heading: 'Equipment › Mounts and Vehicles › Table: Mounts',
    pageStart: 71,
    pageEnd: 71,
    text: 'Riding horse\t75 gp\tspeed 60 ft. Warhorse\t400 gp\tspeed 60 ft. Any mount can be bought at a stable.',
  },
  {
    sectionId: 'find-steed',
    heading: 'Spells › Find Steed',
    pageStart: 143,
    pageEnd: 143,
    text: 'You summon a spirit that assumes the form of an unusually intelligent, strong, and loyal steed, creating a long-lasting bond with it.',
  },
  {
    sectionId: 'divine-smite',
    heading: 'Classes › Paladin › Divine Smite',
    pageStart: 31,
    pageEnd: 31,
    text: 'When you hit a creature with a melee weapon attack, you can expend one spell slot to deal radiant damage to the target.',
  },
  {
    sectionId: 'mimic',
    heading: 'Monsters › M › Mimic',
    pageStart: 333,
    pageEnd: 333,
    text: 'Mimics are shapeshifting predators able to take on the form of inanimate objects, such as a chest, to lure creatures to their doom.',
  },
  {
    sectionId: 'fire-resistance',
    heading: 'Combat › Damage and Healing › Damage Resistance',
    pageStart: 97,
    pageEnd: 97,
    text: 'If a creature or an object has resistance to a damage type, damage of that type is halved against it, such as fire damage.',
  },
];

const chunks: RuleChunk[] = passages.map((p, ordinal) => ({ ...p, ordinal }));

/** The book's spells as its import reads them: Find Steed on the paladin's list, printed among the spells rather than under the paladin. */
const findSteed = getSpell('find-steed')!;
const module: RuleModule = {
  conditions: [],
  actions: [],
  abilities: [],
  skills: [],
  damageTypes: [],
  monsters: [],
  spells: [{ ...findSteed, page: 143, material: null, description: 'You summon a spirit that assumes the form of a loyal steed.', higherLevels: null }],
};
const embedder = embedderFor(readConfig({}).model);
const bookId = '22222222-2222-4222-8222-222222222222';

let db: Database;
beforeAll(async () => {
  db = await openPglite('memory://');
  await saveRuleSystem(db, await embeddedRuleSystem({ id: bookId, name: 'Rules', embedder, chunks, module }));
});
afterAll(async () => db?.close());

const ask = (query: string) => searchRules({ db, embedder }, { ruleSystemIds: [bookId], query, limit: 5 });
const headings = async (query: string) => (await ask(query)).hits.map((h) => h.heading);

describe('a question that names a section the answer lies within', () => {
  it('finds the named class’s feature before the general rule that shares more of its words', async () => {
    expect((await headings('my monk falls off a tower, how much damage does the fall do'))[0]).toBe('Classes › Monk › Slow Fall');
  });

  it('finds a spell of the named class’s list where the book prints its spells apart from its classes', async () => {
    expect(findSteed.classes).toContain('paladin');
    expect((await headings('my paladin wants to summon a loyal horse with magic'))[0]).toBe('Spells › Find Steed');
    expect((await headings('where can I buy a loyal horse'))[0]).toBe('Equipment › Mounts and Vehicles › Table: Mounts');
  });

  it('marks the spells of a book saved before the marks, as the migration that brought them does', async () => {
    const question = 'my paladin wants to summon a loyal horse with magic';
    await db.query("update rule_chunks set spell_classes = '{}' where rule_system_id = $1", [bookId]);
    expect((await headings(question))[0]).not.toBe('Spells › Find Steed');
    // The statement the spell_classes migration ends with.
    await db.query('select public.mark_spell_classes(id) from public.rule_systems');
    const { rows } = await db.query<{ spell_classes: string[] }>("select spell_classes from rule_chunks where heading = 'Spells › Find Steed'");
    expect(rows[0]!.spell_classes).toEqual(findSteed.classes);
    expect((await headings(question))[0]).toBe('Spells › Find Steed');
  });

  it('leaves the general rule first when no class is named', async () => {
    expect((await headings('how much damage does a fall off a tower do'))[0]).toBe('Adventuring › The Environment › Falling');
  });

  it('adds the boost on top of what the rankings gave, and only beneath the named heading', async () => {
    const song = (hits: Awaited<ReturnType<typeof ask>>['hits']) => hits.find((h) => h.heading === 'Classes › Bard › Song of Rest')!;
    const named = await ask('my bard sings during a short rest');
    const unnamed = await ask('someone sings during a short rest');
    expect(song(named.hits).score - song(unnamed.hits).score).toBeGreaterThan(WITHIN_BOOST * 0.9);
    // "Bard" itself is named as a title is, not as a heading above it.
    const bard = named.hits.find((h) => h.heading === 'Classes › Bard');
    expect(bard === undefined || bard.score < song(named.hits).score).toBe(true);
  });

  it('lifts only the best section within: a wizard named in passing does not push the spell asked for out of the first five', async () => {
    const found = await headings('my wizard wants to wish for a castle');
    // Every wizard feature lifted would put five of them first.
    expect(found.indexOf('Spells › Wish')).toBeGreaterThanOrEqual(0);
    expect(found.indexOf('Spells › Wish')).toBeLessThanOrEqual(1);
  });

  it('takes no single letter of a bestiary for a name: the "m" of "I’m" is not the monsters under M', async () => {
    const mimic = async (query: string) => {
      const { hits } = await searchRules({ db, embedder }, { ruleSystemIds: [bookId], query, limit: 20 });
      return hits.find((h) => h.heading === 'Monsters › M › Mimic')!.score;
    };
    const contracted = await mimic('I’m resistant to fire, is the damage halved');
    expect(Math.abs(contracted - (await mimic('I am resistant to fire, is the damage halved')))).toBeLessThan(WITHIN_BOOST);
    expect((await headings('I’m resistant to fire, is the damage halved'))[0]).toBe('Combat › Damage and Healing › Damage Resistance');
  });
});
