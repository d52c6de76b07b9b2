import { describe, expect, it } from 'vitest';
import { parseContent } from '@/lib/rulebooks/content/parse-content';
import { parsedSpellSchema } from '@/lib/rulebooks/content/schema';
import { ruleVocabulary } from '@/lib/rulebooks/rule-vocabulary';
import { sections } from './sections';

const spellsOf = (...entries: Array<[string, string]>) => parseContent(sections(...entries), ruleVocabulary());

describe('spell entries read from a rulebook’s text', () => {
  it('reads a cantrip whose labels ran together, and the character levels its damage grows at', () => {
    const { spells } = spellsOf([
      'Frost Needle',
      'Conjuration cantrip\n\nCasting Time: 1 action Range: 60 feet Components: V, S\nDuration: Instantaneous You fling a needle of ice at a creature within range. Make a ranged spell attack against the target. ' +
        'On a hit, the target takes 1d8 cold damage.\n\nThis spell’s damage increases by 1d8 when you reach 5th level (2d8), 11th level (3d8), and 17th level (4d8).',
    ]);
    expect(spells).toEqual([
      expect.objectContaining({
        id: 'frost-needle',
        page: 10,
        level: 0,
        school: 'conjuration',
        castingTime: { amount: 1, unit: 'action' },
        ritual: false,
        range: { kind: 'feet', amount: 60 },
        components: { verbal: true, somatic: true, material: null },
        duration: { kind: 'instantaneous' },
        concentration: false,
        attack: 'ranged',
        save: null,
        damage: {
          type: 'cold',
          scaling: 'character level',
          addsModifier: false,
          dice: [
            { level: 1, dice: '1d8' },
            { level: 5, dice: '2d8' },
            { level: 11, dice: '3d8' },
            { level: 17, dice: '4d8' },
          ],
        },
        higherLevels: null,
      }),
    ]);
    expect(spells[0]!.description).toMatch(/^You fling a needle of ice/);
    expect(parsedSpellSchema.safeParse(spells[0]).success).toBe(true);
  });

  it('reads a ritual with its classes, a costly material the spell consumes, concentration, a save, an area and what higher slots add', () => {
    const { spells } = spellsOf([
      'Moss Carpet',
      '2nd-level conjuration (ritual)\n\nClasses: Druid, Ranger\n\nCasting Time: 10 minutes\n\nRange: 90 feet\n\nComponents: V, S, M (a pinch of peat worth 25 gp, which the spell consumes)\n\n' +
        'Duration: Concentration, up to 10 minutes\n\nMoss spreads over a 20-foot cube within range. Each creature in it must make a Strength saving throw, taking 3d6 bludgeoning damage on a failed save, or half as much damage on a successful one.\n\n' +
        'At Higher Levels. When you cast this spell using a spell slot of 3rd level or higher, the damage increases by 1d6 for each slot level above 2nd.',
    ]);
    expect(spells[0]).toMatchObject({
      level: 2,
      ritual: true,
      classes: ['druid', 'ranger'],
      castingTime: { amount: 10, unit: 'minute' },
      components: { verbal: true, somatic: true, material: { costGp: 25, consumed: true } },
      material: 'a pinch of peat worth 25 gp, which the spell consumes',
      duration: { kind: 'minutes', amount: 10 },
      concentration: true,
      save: { ability: 'str', onSuccess: 'half' },
      area: { shape: 'cube', size: 20 },
      higherLevels: 'When you cast this spell using a spell slot of 3rd level or higher, the damage increases by 1d6 for each slot level above 2nd.',
    });
    expect(spells[0]!.damage!.dice.slice(0, 3)).toEqual([
      { level: 2, dice: '3d6' },
      { level: 3, dice: '4d6' },
      { level: 4, dice: '5d6' },
    ]);
  });

  it('reads a newer book’s header with its classes and an uncounted casting time, and healing that adds the caster’s modifier', () => {
    const { spells } = spellsOf([
      'Mending Light',
      'Level 1 Abjuration (Cleric, Paladin)\n\nCasting Time: Bonus Action\nRange: Touch\nComponents: V\nDuration: Instantaneous\n\nA creature you touch regains a number of hit points equal to 2d4 + your spellcasting ability modifier.',
    ]);
    expect(spells[0]).toMatchObject({
      level: 1,
      school: 'abjuration',
      classes: ['cleric', 'paladin'],
      castingTime: { amount: 1, unit: 'bonus action' },
      range: { kind: 'touch' },
      components: { verbal: true, somatic: false, material: null },
      healing: { dice: [{ level: 1, dice: '2d4' }], addsModifier: true },
    });
  });

  it('takes a spell’s classes from class spell lists whose names run together, a longer name never also counting as a shorter', () => {
    const entry = (level: string) => `${level}\n\nCasting Time: 1 action\nRange: Touch\nComponents: V, S\nDuration: Instantaneous\n\nA creature you touch regains 1d8 hit points.`;
    const { spells } = spellsOf(
      ['Bard Spells', '1st Level\nCharm Person Cure Wounds Sleep\n\n5th Level\nMass Cure Wounds Scrying'],
      ['Cleric Spells', '5th Level\nMass Cure Wounds'],
      ['Cure Wounds', entry('1st-level evocation')],
      ['Mass Cure Wounds', entry('5th-level evocation')],
    );
    expect(spells.map((s) => [s.name, s.classes])).toEqual([
      ['Cure Wounds', ['bard']],
      ['Mass Cure Wounds', ['bard', 'cleric']],
    ]);
  });

  it('gives up an entry without a duration, saying why, and takes no prose for a spell', () => {
    const { spells, unread } = spellsOf(
      ['Broken Ward', '4th-level abjuration\n\nCasting Time: 1 action\nRange: Touch\nComponents: V, S\nDuration: until the stars are right\n\nA ward that never quite works.'],
      ['Wizards', 'Spells of 3rd-level evocation are loud. A wizard learns them slowly.'],
    );
    expect(spells).toEqual([]);
    expect(unread).toEqual([expect.objectContaining({ kind: 'spell', name: 'Broken Ward', reason: 'could not read Duration' })]);
  });
});
