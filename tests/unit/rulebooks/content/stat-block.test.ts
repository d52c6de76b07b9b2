import { describe, expect, it } from 'vitest';
import { parseContent } from '@/lib/rulebooks/content/parse-content';
import { parsedMonsterSchema } from '@/lib/rulebooks/content/schema';
import { ruleVocabulary } from '@/lib/rulebooks/rule-vocabulary';
import { sections } from './sections';

const monstersOf = (...entries: Array<[string, string]>) => parseContent(sections(...entries), ruleVocabulary());

/**
 * A block as the SRD 5.1 PDF's text layer gives it: the labelled lines of
 * both columns run together into paragraphs, traits one after another in a
 * paragraph, the parts of the block on lines of their own.
 */
const ashWraith =
  'Medium undead, neutral evil\n\nArmor Class 13 Hit Points 67 (9d8 + 27) Speed 0 ft., fly 60 ft. (hover)\n\nSTR\tDEX\tCON\tINT\tWIS\tCHA\n\n' +
  '6 (\u22122) 16 (+3) 16 (+3) 12 (+1) 14 (+2) 15 (+2)\n\n' +
  "Damage Resistances acid, cold; bludgeoning, piercing, and slashing from nonmagical attacks that aren't silvered Damage Immunities necrotic, poison " +
  'Condition Immunities charmed, exhaustion, grappled, poisoned Senses darkvision 60 ft., passive Perception 12 Languages the languages it knew in life Challenge 5 (1,800 XP)\n\n' +
  'Incorporeal Movement. The wraith can move through other creatures as if they were difficult terrain. Sunlight Sensitivity. While in sunlight, the wraith has disadvantage on attack rolls.\n\n' +
  'Actions\nLife Drain. Melee Weapon Attack: +6 to hit, reach 5 ft., one creature. Hit: 21 (4d8 + 3) necrotic damage. The target must succeed on a DC 14 Constitution saving throw or its hit point maximum is reduced.';

describe('stat blocks read from a rulebook’s text', () => {
  it('reads every number of a block whose lines ran together, and its traits one after another', () => {
    const { monsters, unread } = monstersOf(['Ash Wraith', ashWraith]);
    expect(unread).toEqual([]);
    const [wraith] = monsters;
    expect(wraith).toMatchObject({
      id: 'ash-wraith',
      name: 'Ash Wraith',
      page: 10,
      size: 'medium',
      type: 'undead',
      alignment: 'neutral evil',
      armorClass: [{ value: 13, kind: 'dex' }],
      hitPoints: 67,
      hitPointsRoll: '9d8+27',
      hitDice: '9d8',
      speed: { walk: 0, fly: 60, hover: true },
      abilities: { str: 6, dex: 16, con: 16, int: 12, wis: 14, cha: 15 },
      damageResistances: [
        { types: ['acid'], nonmagical: false, except: null, only: null },
        { types: ['cold'], nonmagical: false, except: null, only: null },
        { types: ['bludgeoning', 'piercing', 'slashing'], nonmagical: true, except: 'silvered', only: null },
      ],
      damageImmunities: [{ types: ['necrotic'] }, { types: ['poison'] }],
      conditionImmunities: ['charmed', 'grappled', 'poisoned', 'exhaustion'],
      senses: { darkvision: 60, passivePerception: 12 },
      challengeRating: 5,
      xp: 1800,
      proficiencyBonus: 3,
    });
    expect(wraith!.traits.map((t) => t.name)).toEqual(['Incorporeal Movement', 'Sunlight Sensitivity']);
    expect(wraith!.actions).toEqual([
      expect.objectContaining({
        name: 'Life Drain',
        attack: { kind: 'melee', source: 'weapon', bonus: 6, reach: 5 },
        damage: [{ dice: '4d8+3', type: 'necrotic' }],
        save: { ability: 'con', dc: 14, onSuccess: 'none' },
      }),
    ]);
    expect(parsedMonsterSchema.safeParse(wraith).success).toBe(true);
  });

  it('reads a block cut by a bestiary’s letter heading, with a versatile weapon, a ranged one, a reaction, and stops at the next real heading', () => {
    const { monsters } = monstersOf(
      ['Bramble Knight', 'Medium humanoid (elf), lawful neutral\n\nArmor Class 18 (plate) Hit Points 52 (8d8 + 16)'],
      [
        'B',
        'Speed 30 ft.\n\nSTR\tDEX\tCON\tINT\tWIS\tCHA\n16 (+3)\t11 (+0)\t14 (+2)\t11 (+0)\t11 (+0)\t15 (+2)\n\nSaving Throws Con +4, Wis +2 Skills Sleight of Hand +2 Senses passive Perception 10 Languages Common, Elvish Challenge 3 (700 XP)\n\n' +
          'Actions\nMultiattack. The knight makes two melee attacks.\n\nLongsword. Melee Weapon Attack: +5 to hit, reach 5 ft., one target. Hit: 7 (1d8 + 3) slashing damage, or 8 (1d10 + 3) slashing damage if used with two hands.\n\n' +
          'Heavy Crossbow. Ranged Weapon Attack: +2 to hit, range 100/400 ft., one target. Hit: 5 (1d10) piercing damage.\n\nReactions\nParry. The knight adds 2 to its AC against one melee attack that would hit it.',
      ],
      ['Lore of the Roads', 'Knights of the bramble guard the old roads. They answer to no crown.'],
    );
    const [knight] = monsters;
    expect(knight).toMatchObject({
      name: 'Bramble Knight',
      subtype: 'elf',
      armorClass: [{ value: 18, kind: 'armor', armor: ['plate-armor'] }],
      hitPoints: 52,
      speed: { walk: 30 },
      savingThrows: { con: 4, wis: 2 },
      skills: { sleightOfHand: 2 },
      languages: ['Common', 'Elvish'],
    });
    expect(knight!.actions.map((a) => [a.name, a.multiattack ?? a.damage])).toEqual([
      ['Multiattack', [[{ action: 'Longsword', count: 2 }]]],
      ['Longsword', [{ oneOf: [{ dice: '1d8+3', type: 'slashing', note: 'one-handed' }, { dice: '1d10+3', type: 'slashing', note: 'two-handed' }] }]],
      ['Heavy Crossbow', [{ dice: '1d10', type: 'piercing' }]],
    ]);
    expect(knight!.actions[2]!.attack).toEqual({ kind: 'ranged', source: 'weapon', bonus: 2, range: { normal: 100, long: 400 } });
    expect(knight!.reactions).toEqual([{ name: 'Parry', text: 'The knight adds 2 to its AC against one melee attack that would hit it.' }]);
  });

  it('reads a block laid out a field a paragraph, its parts under headings of their own, with innate spells, a recharge and legendary actions', () => {
    const { monsters, spells } = monstersOf(
      [
        'Storm Drake',
        'Large dragon, chaotic neutral\n\nArmor Class 16 (natural armor)\n\nHit Points 126 (12d10 + 60)\n\nSpeed 40 ft., fly 80 ft.\n\nSTR\tDEX\tCON\tINT\tWIS\tCHA\n21 (+5)\t12 (+1)\t20 (+5)\t10 (+0)\t13 (+1)\t16 (+3)\n\n' +
          'Damage Immunities lightning\n\nSenses blindsight 30 ft., darkvision 90 ft., passive Perception 11\n\nLanguages Draconic\n\nChallenge 8 (3,900 XP) Innate Spellcasting. The drake’s innate spellcasting ability is Charisma (spell save DC 15). ' +
          'It can innately cast the following spells, requiring no material components:\n\nAt will: gust of wind\n\n1/day each: lightning bolt, fly, storm ward',
      ],
      [
        'Actions',
        'Multiattack. The drake makes three attacks: one with its bite and two with its claws.\n\nBite. Melee Weapon Attack: +8 to hit, reach 10 ft., one target. Hit: 16 (2d10 + 5) piercing damage.\n\n' +
          'Claw. Melee Weapon Attack: +8 to hit, reach 5 ft., one target. Hit: 12 (2d6 + 5) slashing damage.\n\n' +
          'Lightning Breath (Recharge 5\u20136). The drake exhales lightning in a 60-foot line that is 5 feet wide. Each creature in that line must make a DC 17 Dexterity saving throw, taking 44 (8d10) lightning damage on a failed save, or half as much damage on a successful one.',
      ],
      [
        'Legendary Actions',
        'The drake can take 3 legendary actions, choosing from the options below. The drake regains spent legendary actions at the start of its turn.\n\nDetect. The drake makes a Wisdom (Perception) check.\n\n' +
          'Thunderclap (Costs 2 Actions). Each creature within 15 feet of the drake must succeed on a DC 16 Constitution saving throw or take 10 (3d6) thunder damage.',
      ],
      ['Lightning Bolt', '4th-level evocation\n\nCasting Time: 1 action\nRange: Self (100-foot line)\nComponents: V, S\nDuration: Instantaneous\n\nA stroke of lightning forms a line. Each creature in the line takes 8d6 lightning damage.'],
    );
    const drake = monsters.find((m) => m.name === 'Storm Drake')!;
    expect(drake).toMatchObject({ speed: { walk: 40, fly: 80 }, senses: { blindsight: 30, darkvision: 90 }, challengeRating: 8, xp: 3900 });
    expect(drake.traits[0]).toMatchObject({
      name: 'Innate Spellcasting',
      // A spell's level is the book's own where its sections define it (this book's Lightning Bolt is 4th level), else
      // the engine's (Gust of Wind, Fly); a spell neither knows (Storm Ward) stays in the trait's words.
      spellcasting: {
        ability: 'cha',
        dc: 15,
        components: ['V', 'S'],
        slots: [],
        spells: [
          { id: 'gust-of-wind', level: 2, usage: { kind: 'at will' } },
          { id: 'lightning-bolt', level: 4, usage: { kind: 'per day', times: 1 } },
          { id: 'fly', level: 3, usage: { kind: 'per day', times: 1 } },
        ],
      },
    });
    expect(drake.actions.find((a) => a.name === 'Multiattack')!.multiattack).toEqual([[{ action: 'Bite', count: 1 }, { action: 'Claw', count: 2 }]]);
    expect(drake.actions.find((a) => a.name === 'Lightning Breath')).toMatchObject({
      usage: { kind: 'recharge', min: 5 },
      save: { ability: 'dex', dc: 17, onSuccess: 'half' },
      area: { shape: 'line', size: 60, width: 5 },
      damage: [{ dice: '8d10', type: 'lightning' }],
    });
    expect(drake.legendaryActions.map((a) => [a.name, a.cost ?? 1])).toEqual([
      ['Detect', 1],
      ['Thunderclap', 2],
    ]);
    expect(drake.legendaryActions[1]).toMatchObject({ save: { ability: 'con', dc: 16 }, area: { shape: 'around', size: 15 }, damage: [{ dice: '3d6', type: 'thunder' }] });
    expect(spells.map((s) => s.name)).toEqual(['Lightning Bolt']);
  });

  it('gives up a block without the numbers the engine plays by, saying why, and takes no prose for a block', () => {
    const { monsters, unread } = monstersOf(
      ['Shard Swarm', 'Medium swarm of Tiny constructs, unaligned\n\nArmor Class 12 Hit Points as many as its shards Speed 30 ft.\n\nSTR\tDEX\tCON\tINT\tWIS\tCHA\n3 (\u22124) 14 (+2) 10 (+0) 1 (\u22125) 7 (\u22122) 1 (\u22125)\n\nChallenge 1 (200 XP)'],
      ['Giants', 'A Large giant, chaotic evil by nature, towers over the hills. Its Armor Class is of no concern here.'],
    );
    expect(monsters).toEqual([]);
    expect(unread).toEqual([expect.objectContaining({ kind: 'monster', name: 'Shard Swarm', page: 10, reason: 'could not read Hit Points with dice' })]);
  });
});
