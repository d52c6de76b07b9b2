import type { Character, Scene } from '@/lib/rules/state';

export type CampaignSeed = {
  id: string;
  title: string;
  summary: string;
  openingScene: Scene;
  characters: Character[];
};

/** The built-in campaign every fresh install offers. Written for Roundtable. */
export const sampleCampaign: CampaignSeed = {
  id: 'sunken-shrine',
  title: 'The Sunken Shrine of Vel',
  summary:
    'A storm has torn open a hillside above the fishing village of Harrowmere, exposing the drowned shrine of a forgotten tide god. Villagers hear bells under the ground at night. Someone has to go down.',
  openingScene: {
    title: 'The Flooded Nave',
    description:
      'Knee-deep black water fills a vaulted nave lit by phosphorescent moss. At the far end a barnacled altar holds a silver bell; the flagstones around it are scored with fresh scratches, and the air smells of salt and old smoke.',
    dc: 13,
    hazardDamage: '1d4',
  },
  characters: [
    {
      id: 'mira',
      name: 'Mira Thorne',
      ancestry: 'Human',
      className: 'Rogue',
      level: 1,
      controller: 'human',
      persona: '',
      maxHp: 10,
      hp: 10,
      ac: 14,
      abilities: { str: 10, dex: 16, con: 12, int: 14, wis: 12, cha: 11 },
      proficiencies: ['investigation', 'stealth', 'perception', 'sleightOfHand', 'acrobatics', 'deception'],
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
      maxHp: 11,
      hp: 11,
      ac: 16,
      abilities: { str: 14, dex: 8, con: 15, int: 10, wis: 16, cha: 12 },
      proficiencies: ['medicine', 'religion', 'insight', 'history'],
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
      maxHp: 12,
      hp: 12,
      ac: 14,
      abilities: { str: 12, dex: 16, con: 14, int: 10, wis: 14, cha: 9 },
      proficiencies: ['perception', 'survival', 'stealth', 'athletics', 'nature'],
      conditions: [],
    },
  ],
};
