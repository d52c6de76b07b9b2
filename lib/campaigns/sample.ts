import type { CampaignSeed } from './campaign';

/** The built-in campaign every fresh install offers. Written for Roundtable. */
export const sampleCampaign: CampaignSeed = {
  id: 'sunken-shrine',
  title: 'The Sunken Shrine of Vel',
  summary:
    'A storm has torn open a hillside above the fishing village of Harrowmere, exposing the drowned shrine of a forgotten tide god. Villagers hear bells under the ground at night. Someone has to go down.',
  startLocationId: 'nave',
  locations: [
    {
      scene: {
        locationId: 'nave',
        title: 'The Flooded Nave',
        description:
          'Knee-deep black water fills a vaulted nave lit by phosphorescent moss. At the far end a barnacled altar holds a silver bell; the flagstones around it are scored with fresh scratches, and the air smells of salt and old smoke.',
        dc: 13,
        hazardDamage: '1d4',
        secret: 'The scratches were made by the drowned dead below, dragging themselves toward the bell. Ringing it wakes the bell chamber.',
      },
      map: ['##########', '#..~~~~..#', '#..~~~~..#', '#........#', '#.+....+.#', '#........#', '####..####'],
      partyStart: [{ x: 4, y: 5 }, { x: 5, y: 5 }, { x: 4, y: 4 }],
      creatures: [],
    },
    {
      scene: {
        locationId: 'steps',
        title: 'The Slick Stair',
        description:
          'A spiral stair winds down through the rock, every step slick with weed. Red eyes shine in the side passages, and something large scuttles away from the light.',
        dc: 12,
        hazardDamage: '1d6',
        secret: 'The rats nest in the side passages and flee once half of them are down.',
      },
      map: ['########', '#......#', '#.::::.#', '#.:..:.#', '#......#', '###..###'],
      partyStart: [{ x: 3, y: 4 }, { x: 4, y: 4 }, { x: 3, y: 3 }],
      creatures: [
        { bestiaryId: 'giant-rat', id: 'rat-1', name: 'Giant Rat', position: { x: 1, y: 1 } },
        { bestiaryId: 'giant-rat', id: 'rat-2', name: 'Giant Rat', position: { x: 6, y: 1 } },
      ],
    },
    {
      scene: {
        locationId: 'crypt',
        title: 'The Crypt of the Tide-Priests',
        description:
          'Niches line the walls of a low crypt, each holding a priest laid to rest in coral-crusted robes. Two of them are standing up.',
        dc: 13,
        hazardDamage: '1d6',
        secret: 'The skeletons guard the way to the bell chamber; they do not follow past the crypt door.',
      },
      map: ['##########', '#+......+#', '#........#', '#..####..#', '#........#', '#+......+#', '####..####'],
      partyStart: [{ x: 4, y: 5 }, { x: 5, y: 5 }, { x: 4, y: 4 }],
      creatures: [
        { bestiaryId: 'skeleton', id: 'skeleton-1', name: 'Skeletal Priest', position: { x: 2, y: 1 } },
        { bestiaryId: 'skeleton', id: 'skeleton-2', name: 'Skeletal Priest', position: { x: 7, y: 1 } },
      ],
    },
    {
      scene: {
        locationId: 'bell-chamber',
        title: 'The Bell Chamber',
        description:
          'A great bronze bell hangs over a pool that glows a sickly green. Bloated figures rise from the water as the party enters, bells of their own rusted into their hands.',
        dc: 14,
        hazardDamage: '1d8',
        secret: 'Silencing the great bell (DC 14 Athletics) ends the drowned ones’ hold on the shrine.',
      },
      map: ['############', '#..........#', '#...~~~~...#', '#...~~~~...#', '#..........#', '#+........+#', '#####..#####'],
      partyStart: [{ x: 5, y: 5 }, { x: 6, y: 5 }, { x: 5, y: 4 }],
      creatures: [
        { bestiaryId: 'zombie', id: 'drowned-1', name: 'Drowned One', position: { x: 4, y: 1 } },
        { bestiaryId: 'zombie', id: 'drowned-2', name: 'Drowned One', position: { x: 7, y: 1 } },
      ],
    },
  ],
  characters: [
    {
      id: 'mira',
      name: 'Mira Thorne',
      ancestry: 'Human',
      className: 'Rogue',
      level: 1,
      controller: 'human',
      persona: '',
      hitDie: 'd8',
      maxHp: 10,
      hp: 10,
      ac: 14,
      abilities: { str: 10, dex: 16, con: 12, int: 14, wis: 12, cha: 11 },
      proficiencies: ['investigation', 'stealth', 'perception', 'sleightOfHand', 'acrobatics', 'deception'],
      expertise: ['stealth', 'investigation'],
      saveProficiencies: ['dex', 'int'],
      attacks: [
        { name: 'Rapier', kind: 'melee', toHit: 5, damage: { dice: '1d8+3', type: 'piercing' } },
        { name: 'Shortbow', kind: 'ranged', toHit: 5, damage: { dice: '1d6+3', type: 'piercing' }, range: { normal: 80, long: 320 } },
      ],
      conditions: [],
    },
    {
      id: 'aldric',
      name: 'Brother Aldric',
      ancestry: 'Dwarf',
      className: 'Cleric',
      level: 1,
      controller: 'ai',
      persona: 'A patient healer who tends the wounded first and knows the old rites of the sea.',
      hitDie: 'd8',
      maxHp: 11,
      hp: 11,
      ac: 16,
      speed: 25,
      abilities: { str: 14, dex: 8, con: 15, int: 10, wis: 16, cha: 12 },
      proficiencies: ['medicine', 'religion', 'insight', 'history'],
      saveProficiencies: ['wis', 'cha'],
      spellcasting: { ability: 'wis' },
      spellSlots: [{ level: 1, max: 2, remaining: 2 }],
      attacks: [{ name: 'Mace', kind: 'melee', toHit: 4, damage: { dice: '1d6+2', type: 'bludgeoning' } }],
      conditions: [],
    },
    {
      id: 'kestrel',
      name: 'Kestrel',
      ancestry: 'Half-elf',
      className: 'Ranger',
      level: 1,
      controller: 'ai',
      persona: 'A watchful scout who keeps the party’s flanks safe and trusts her eyes over stories.',
      hitDie: 'd10',
      maxHp: 12,
      hp: 12,
      ac: 14,
      abilities: { str: 12, dex: 16, con: 14, int: 10, wis: 14, cha: 9 },
      proficiencies: ['perception', 'survival', 'stealth', 'athletics', 'nature'],
      saveProficiencies: ['str', 'dex'],
      attacks: [
        { name: 'Longbow', kind: 'ranged', toHit: 5, damage: { dice: '1d8+3', type: 'piercing' }, range: { normal: 150, long: 600 } },
        { name: 'Shortsword', kind: 'melee', toHit: 5, damage: { dice: '1d6+3', type: 'piercing' } },
      ],
      conditions: [],
    },
  ],
};
