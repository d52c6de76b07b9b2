import { describe, expect, it } from 'vitest';
import { chunkSections } from '@/lib/rulebooks/chunk';
import { listEntries } from '@/lib/rulebooks/list-entries';
import type { RulebookStructure } from '@/lib/rulebooks/types';

const spells = [
  'You prepare all of your cantrips every time you prepare spells.',
  'Telepathy\tLevel 1\tDivination',
  'You form a telepathic bond with a single person you touch, enabling you to converse through your thoughts.',
  'Alarm\tLevel 1',
  'Walk a wide circle as you cast this spell. Until you prepare spells again your magic will alert you if a creature crosses it.',
  'Poultices and Herbs\t2 uses, slow, 10 coins',
  'When you carefully treat someone’s wounds with poultices and herbs, heal them of 7 damage and mark off a use.',
].join('\n\n');

const titled = (text: string) => listEntries(text).map((e) => e.title);
const texts = (text: string) => listEntries(text).map((e) => text.slice(e.start, e.end).trim());

describe('listEntries', () => {
  it('cuts a list at each title line with its tags, the text before the first staying untitled', () => {
    expect(titled(spells)).toEqual([null, 'Telepathy', 'Alarm', 'Poultices and Herbs']);
    expect(texts(spells)[2]).toBe(
      'Alarm\tLevel 1\n\nWalk a wide circle as you cast this spell. Until you prepare spells again your magic will alert you if a creature crosses it.',
    );
  });

  it('covers the whole text, in order, with nothing left out', () => {
    const entries = listEntries(spells);
    expect(entries[0]!.start).toBe(0);
    expect(entries.at(-1)!.end).toBe(spells.length);
    for (let i = 1; i < entries.length; i++) expect(entries[i]!.start).toBe(entries[i - 1]!.end);
  });

  it('reads no entry in plain prose, or in a title line without tags', () => {
    const prose = 'Grappling\n\nWhen you want to grab a creature or wrestle with it, you can use the Attack action to make a special melee attack.';
    expect(titled(prose)).toEqual([null]);
  });

  it.each([
    ['a stat block’s table head', 'STR\tDEX\tCON\tINT\tWIS\tCHA\n\n16 (+3) 13 (+1) 14 (+2) 10 (+0) 11 (+0) 10 (+0) and the rest of a long enough line.'],
    ['a table row of numbers', 'Normal\t300\n\nfeet a minute, 3 miles an hour, 24 miles a day, with no penalty to anything at all.'],
    ['a list of names after a colon', 'Elf\t:\tThrondir, Elrosine, Aranwe, Celion, Dambrath, Lanethe, and all the elves of the wood.'],
    ['a sentence laid out with gaps', 'When\tyou\twould\tdeal\tdamage\n\nroll the dice and add them up, then subtract the armor of the target from it.'],
  ])('takes %s for text, not a title', (_, text) => {
    expect(titled(text)).toEqual([null]);
  });

  it('takes a title line run on into its text when its tags open as those of titles standing alone do', () => {
    const monster = (title: string, alone: boolean) =>
      `${title}${alone ? '\n\n' : '\n'}Bite (d10+3 damage)\t16 HP 2 Armor\n\nClose, Reach. It lurks in the marsh and waits for prey to wade in.`;
    const swamp = [
      monster('Bakunawa\tSolitary, Large, Intelligent', true),
      monster('Hydra\tSolitary, Large', false),
      monster('Basilisk\tSolitary, Hoarder', true),
      monster('Kobold\tHorde,\tSmall,', false),
    ].join('\n\n');
    expect(titled(swamp)).toEqual(['Bakunawa', 'Hydra', 'Basilisk']);
    expect(texts(swamp)[1]).toMatch(/^Hydra\tSolitary, Large\nBite/);
    expect(texts(swamp)[2]).toMatch(/waits for prey to wade in\.\n\nKobold\tHorde/);
  });

  it('takes a table’s head run on into its rows for text, where titles standing alone open their tags otherwise', () => {
    const text = `${spells}\n\nDragon\tDamage Type\nBlack\tAcid\nBlue\tLightning\nBrass\tFire\n\nYou can speak, read, and write Draconic. Your breath weapon deals the damage of your ancestor’s kind.`;
    expect(titled(text)).toEqual([null, 'Telepathy', 'Alarm', 'Poultices and Herbs']);
  });

  it('takes a title whose entry is too short to be a rule (a table row) as part of the entry before it', () => {
    const text = `${spells}\n\nSlow\tStealthy\n\n2 miles`;
    expect(titled(text)).toEqual([null, 'Telepathy', 'Alarm', 'Poultices and Herbs']);
    expect(texts(text).at(-1)).toMatch(/mark off a use\.\n\nSlow\tStealthy\n\n2 miles$/);
  });
});

describe('chunkSections on a list', () => {
  const structure: RulebookStructure = {
    title: 'Test',
    pageCount: 2,
    source: 'layout',
    sections: [
      {
        id: 'spells',
        title: 'Wizard Spells',
        kind: 'section',
        depth: 1,
        parentId: null,
        pageStart: 1,
        pageEnd: 2,
        pageOffsets: [
          { page: 1, offset: 0 },
          { page: 2, offset: spells.indexOf('Alarm') },
        ],
        text: spells,
      },
    ],
  };
  const chunks = chunkSections(structure, null);

  it('gives each entry passages of its own, headed by its title under the section', () => {
    expect(chunks.map((c) => c.heading)).toEqual([
      'Wizard Spells',
      'Wizard Spells › Telepathy',
      'Wizard Spells › Alarm',
      'Wizard Spells › Poultices and Herbs',
    ]);
    expect(chunks.map((c) => [c.pageStart, c.pageEnd])).toEqual([
      [1, 1],
      [1, 1],
      [2, 2],
      [2, 2],
    ]);
  });

  it('never leaves a title at the end of a passage apart from its text', () => {
    for (const chunk of chunks.slice(1)) expect(chunk.text.split('\n\n')).toHaveLength(2);
  });
});
