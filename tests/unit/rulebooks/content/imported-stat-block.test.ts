import { describe, expect, it } from 'vitest';
import { importedStatBlock } from '@/lib/rulebooks/content/imported-stat-block';
import { parseContent } from '@/lib/rulebooks/content/parse-content';
import { ruleVocabulary } from '@/lib/rulebooks/rule-vocabulary';
import { sections } from './sections';

const longWords = 'The hound circles its prey, waiting for the moment the prey turns its back. '.repeat(12);
const [hound] = parseContent(
  sections([
    'Cinder Hound',
    'Medium monstrosity, unaligned\n\nArmor Class 14 (natural armor) Hit Points 45 (6d8 + 18) Speed 40 ft.\n\nSTR\tDEX\tCON\tINT\tWIS\tCHA\n17 (+3)\t15 (+2)\t16 (+3)\t4 (-3)\t12 (+1)\t6 (-2)\n\n' +
      `Challenge 3 (700 XP)\n\nStalker. ${longWords}\n\nActions\nBite. Melee Weapon Attack: +5 to hit, reach 5 ft., one target. Hit: 10 (2d6 + 3) piercing damage plus 3 (1d6) fire damage.`,
  ]),
  ruleVocabulary,
).monsters;

describe('an imported monster as the engine’s stat block', () => {
  it('keeps its parsed numbers, takes an id apart from the SRD’s, and shortens the book’s words to a reminder', () => {
    const read = importedStatBlock(hound);
    if (!read.ok) throw new Error(read.reason);
    expect(read.statBlock).toMatchObject({
      id: 'imported-cinder-hound',
      name: 'Cinder Hound',
      creatureType: 'monstrosity',
      ac: 14,
      maxHp: 45,
      hitDice: '6d8+18',
      speed: 40,
      challenge: 3,
      xp: 700,
      attacks: [{ name: 'Bite', toHit: 5, damage: { dice: '2d6+3', type: 'piercing' }, extraDamage: [{ dice: '1d6', type: 'fire' }] }],
    });
    const reminder = read.statBlock.traits[0]!.text!;
    expect(reminder.length).toBeLessThanOrEqual(400);
    expect(reminder).toMatch(/^The hound circles its prey.*…$/);
  });

  it('refuses numbers no stat block has, and a record that is no monster, saying why', () => {
    expect(importedStatBlock({ ...hound, armorClass: [{ value: 0, kind: 'natural' }] })).toMatchObject({ ok: false, reason: expect.stringContaining('armorClass') });
    expect(importedStatBlock({ ...hound, abilities: { ...hound!.abilities, dex: 31 } })).toMatchObject({ ok: false, reason: expect.stringContaining('abilities.dex') });
    expect(importedStatBlock({ name: 'Not a monster' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^its stat block was not read whole/) });
  });
});
