import { describe, expect, it } from 'vitest';
import { importedStatBlock } from '@/lib/rulebooks/content/imported-stat-block';
import { parseContent } from '@/lib/rulebooks/content/parse-content';
import { ruleVocabulary } from '@/lib/rulebooks/rule-vocabulary';
import { castSpell } from '@/lib/rules/actions/cast-spell';
import { castables } from '@/lib/rules/actions/spell-repertoire';
import { spawnCreature } from '@/lib/rules/creature';
import { TableResolver } from '@/lib/rules/table-resolver';
import { arena } from '../../rules/fixtures';
import { sections } from './sections';

/** The one stat block a section of a book gives, read as an import reads it. */
const monsterOf = (name: string, text: string) => parseContent(sections([name, text]), ruleVocabulary()).monsters[0];

/** That monster as the engine's stat block, which the test expects it to be playable as. */
function playable(name: string, text: string) {
  const read = importedStatBlock(monsterOf(name, text));
  if (!read.ok) throw new Error(read.reason);
  return read;
}

const longWords = 'The hound circles its prey, waiting for the moment the prey turns its back. '.repeat(12);
const hound = monsterOf(
  'Cinder Hound',
  'Medium monstrosity, unaligned\n\nArmor Class 14 (natural armor) Hit Points 45 (6d8 + 18) Speed 40 ft.\n\nSTR\tDEX\tCON\tINT\tWIS\tCHA\n17 (+3)\t15 (+2)\t16 (+3)\t4 (-3)\t12 (+1)\t6 (-2)\n\n' +
    `Challenge 3 (700 XP)\n\nStalker. ${longWords}\n\nActions\nBite. Melee Weapon Attack: +5 to hit, reach 5 ft., one target. Hit: 10 (2d6 + 3) piercing damage plus 3 (1d6) fire damage.`,
);

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

  it('carries the SRD weapons and armour its block names, to be looted, and nothing its book invented', () => {
    const read = playable(
      'Marsh Knight',
      'Medium humanoid (human), lawful neutral\n\nArmor Class 18 (plate, shield, reed cloak) Hit Points 52 (8d8 + 16) Speed 30 ft.\n\nSTR\tDEX\tCON\tINT\tWIS\tCHA\n16 (+3)\t11 (+0)\t14 (+2)\t11 (+0)\t11 (+0)\t15 (+2)\n\n' +
        'Challenge 3 (700 XP)\n\nActions\nLongsword. Melee Weapon Attack: +5 to hit, reach 5 ft., one target. Hit: 7 (1d8 + 3) slashing damage.\n\n' +
        'Bog Grip. Melee Weapon Attack: +5 to hit, reach 5 ft., one target. Hit: 6 (1d6 + 3) bludgeoning damage.',
    );
    expect(read.gear.map((g) => g.item)).toEqual(['longsword', 'plate-armor', 'shield']);
    const hounds = importedStatBlock(hound);
    expect(hounds.ok && hounds.gear).toEqual([]);
  });

  it('casts the SRD spells its innate spellcasting names, though its own sections define none', () => {
    const read = playable(
      'Fen Witch',
      'Medium fey, neutral evil\n\nArmor Class 13 Hit Points 33 (6d8 + 6) Speed 30 ft.\n\nSTR\tDEX\tCON\tINT\tWIS\tCHA\n10 (+0)\t16 (+3)\t12 (+1)\t13 (+1)\t14 (+2)\t16 (+3)\n\n' +
        'Challenge 2 (450 XP)\n\nInnate Spellcasting. The witch’s innate spellcasting ability is Charisma (spell save DC 13). It can innately cast the following spells, requiring no material components:\n\n' +
        'At will: minor illusion\n\n1/day each: sleep, bog curse',
    );
    const creature = spawnCreature(read.statBlock, { id: 'witch' });
    expect(castables(creature).map((c) => [c.spell.id, c.numbers.saveDc])).toEqual([
      ['minor-illusion', 13],
      ['sleep', 13],
    ]);
  });

  it('casts the spells its own book defines by that book\u2019s numbers, and passes over a stored spell that does not validate', () => {
    const book = parseContent(
      sections(
        [
          'Fen Witch',
          'Medium fey, neutral evil\n\nArmor Class 13 Hit Points 33 (6d8 + 6) Speed 30 ft.\n\nSTR\tDEX\tCON\tINT\tWIS\tCHA\n10 (+0)\t16 (+3)\t12 (+1)\t13 (+1)\t14 (+2)\t16 (+3)\n\n' +
            'Challenge 2 (450 XP)\n\nInnate Spellcasting. The witch’s innate spellcasting ability is Charisma (spell save DC 13). It can innately cast the following spells, requiring no material components:\n\n' +
            '1/day each: bog curse, lightning bolt',
        ],
        [
          'Bog Curse',
          '2nd-level necromancy\n\nCasting Time: 1 action\nRange: 60 feet\nComponents: V, S\nDuration: Instantaneous\n\n' +
            'Black water wells up around one creature you can see within range. The target must make a Constitution saving throw. It takes 3d6 necrotic damage on a failed save, or half as much damage on a successful one.',
        ],
        [
          'Lightning Bolt',
          '4th-level evocation\n\nCasting Time: 1 action\nRange: Self (100-foot line)\nComponents: V, S\nDuration: Instantaneous\n\nA stroke of lightning forms a line. Each creature in the line must make a Dexterity saving throw. A creature takes 10d6 lightning damage on a failed save, or half as much damage on a successful one.',
        ],
      ),
      ruleVocabulary(),
    );
    const [curse, bolt] = book.spells;
    const read = importedStatBlock(book.monsters[0], [curse, { ...bolt, level: 12 }]);
    if (!read.ok) throw new Error(read.reason);
    expect(read.statBlock.bookSpells.map((s) => [s.id, s.level])).toEqual([['bog-curse', 2]]);
    const r = new TableResolver(arena());
    r.addCreature(read.statBlock, { id: 'witch', position: { x: 9, y: 3 } });
    const cursed = r.act((turn) => castSpell(turn, { casterId: 'witch', spell: 'Bog Curse', targetIds: ['tamsin'] }));
    expect(cursed).toMatchObject({ spellId: 'bog-curse', saveDc: 13, slotLevel: null });
    expect(cursed.targets[0]!.damage![0]!.roll).toMatch(/^3d6/);
    // The book's own Lightning Bolt did not validate, so the witch casts the SRD's.
    const bolt3 = r.act((turn) => castSpell(turn, { casterId: 'witch', spell: 'Lightning Bolt', point: { x: 0, y: 5 } }));
    expect(bolt3.targets[0]!.damage![0]!.roll).toMatch(/^8d6/);
  });

  it('refuses numbers no stat block has, and a record that is no monster, saying why', () => {
    expect(importedStatBlock({ ...hound, armorClass: [{ value: 0, kind: 'natural' }] })).toMatchObject({ ok: false, reason: expect.stringContaining('armorClass') });
    expect(importedStatBlock({ ...hound, abilities: { ...hound!.abilities, dex: 31 } })).toMatchObject({ ok: false, reason: expect.stringContaining('abilities.dex') });
    expect(importedStatBlock({ name: 'Not a monster' })).toMatchObject({ ok: false, reason: expect.stringMatching(/^its stat block was not read whole/) });
  });
});
