import { acolyteCoins, acolyteGear } from '@/lib/rules/pregens';
import { unpack } from '@/lib/rules/sheet/starting-equipment';
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
        mapStyle: 'ruins',
        title: 'The Flooded Nave',
        description:
          'Knee-deep black water fills a vaulted nave lit by phosphorescent moss. At the far end a barnacled altar holds a silver bell and an old offering box; the flagstones around it are scored with fresh scratches, and the air smells of salt and old smoke. By the door Old Marrow, a Harrowmere salvager, sells supplies to whoever goes down.',
        dc: 13,
        secret: 'The scratches were made by the drowned dead below, dragging themselves toward the bell. Ringing it wakes the bell chamber.',
        hazards: [{ id: 'sinkhole', name: 'Hidden sinkhole', trigger: 'wading through the deep water by the altar without testing the footing', how: { kind: 'fall', feet: 10 } }],
        obstacles: [
          {
            id: 'barnacled-altar',
            name: 'Barnacled altar',
            skills: ['investigation', 'religion'],
            dc: 13,
            success: 'Under the barnacles the altar bears a tide-priest’s prayer, and the scratches lead to the crypt stair',
            failure: 'The barnacles keep whatever the altar once said',
          },
          {
            id: 'deep-water',
            name: 'Deep water',
            skills: ['athletics', 'acrobatics'],
            dc: 12,
            success: 'A safe way through the water, along the old flagstones',
            failure: 'The floor gives way underfoot',
            hazardId: 'sinkhole',
          },
        ],
        containers: [
          {
            id: 'offering-box',
            name: 'Offering box',
            items: [
              { item: 'potion-of-healing-common', quantity: 1 },
              { item: 'candle', quantity: 3 },
            ],
            coins: { sp: 8, cp: 30 },
          },
        ],
        merchants: [
          {
            id: 'old-marrow',
            name: 'Old Marrow',
            stock: [
              { item: 'rope-hempen-50-feet' },
              { item: 'torch' },
              { item: 'rations-1-day' },
              { item: 'arrow' },
              { item: 'crossbow-bolt' },
              { item: 'healers-kit' },
              { item: 'antitoxin-vial' },
              { item: 'potion-of-healing-common', price: { amount: 50, unit: 'gp' } },
            ],
          },
        ],
      },
      map: ['##########', '#..~~~~..#', '#..~~~~..#', '#........#', '#.+....+.#', '#........#', '####..####'],
      partyStart: [{ x: 4, y: 5 }, { x: 5, y: 5 }, { x: 4, y: 4 }],
      creatures: [],
    },
    {
      scene: {
        locationId: 'steps',
        mapStyle: 'cave',
        title: 'The Slick Stair',
        description:
          'A spiral stair winds down through the rock, every step slick with weed. Red eyes shine in the side passages, and something large scuttles away from the light.',
        dc: 12,
        secret: 'The rats nest in the side passages and flee once half of them are down.',
        hazards: [
          {
            id: 'slick-steps',
            name: 'Weed-slick steps',
            trigger: 'hurrying, fighting or climbing on the stair',
            how: { kind: 'save', ability: 'dex', severity: 'setback', damageType: 'bludgeoning' },
          },
        ],
        obstacles: [
          {
            id: 'slick-stair',
            name: 'Slick stair',
            skills: ['acrobatics', 'athletics'],
            dc: 12,
            success: 'Sure footing all the way down',
            failure: 'A foot slides off the weed',
            hazardId: 'slick-steps',
          },
        ],
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
        mapStyle: 'dungeon',
        title: 'The Crypt of the Tide-Priests',
        description:
          'Niches line the walls of a low crypt, each holding a priest laid to rest in coral-crusted robes. Two of them are standing up.',
        dc: 13,
        secret: 'The skeletons guard the way to the bell chamber; they do not follow past the crypt door. A coral reliquary in the far niche hides a poisoned needle.',
        hazards: [
          {
            id: 'poison-needle',
            name: 'Poisoned needle',
            trigger: 'opening the coral reliquary in the far niche without finding the needle first',
            how: { kind: 'attack', severity: 'setback', damageType: 'poison' },
            condition: { condition: 'poisoned', minutes: 60 },
            rearms: false,
          },
        ],
        obstacles: [
          {
            id: 'reliquary',
            name: 'Coral reliquary',
            skills: ['investigation', 'sleightOfHand'],
            dc: 13,
            success: 'The needle is found and jammed before it can strike',
            failure: 'Something sharp clicks inside the lid',
            hazardId: 'poison-needle',
          },
        ],
        containers: [
          {
            id: 'coral-reliquary',
            name: 'Coral reliquary',
            items: [
              { item: 'spell-scroll-1st', base: 'cure-wounds', quantity: 1 },
              { item: 'potion-of-healing-common', quantity: 1 },
              { item: 'periapt-of-wound-closure', quantity: 1 },
            ],
            coins: { gp: 12 },
            trapped: true,
          },
        ],
      },
      map: ['##########', '#+......+#', '#........#', '#..####..#', '#........#', '#+......+#', '####..####'],
      partyStart: [{ x: 4, y: 5 }, { x: 5, y: 5 }, { x: 4, y: 4 }],
      creatures: [
        { bestiaryId: 'skeleton', id: 'skeleton-1', name: 'Skeletal Priest', position: { x: 2, y: 1 }, coins: { sp: 2 } },
        { bestiaryId: 'skeleton', id: 'skeleton-2', name: 'Skeletal Priest', position: { x: 7, y: 1 }, coins: { sp: 2 } },
      ],
    },
    {
      scene: {
        locationId: 'bell-chamber',
        mapStyle: 'ruins',
        title: 'The Bell Chamber',
        description:
          'A great bronze bell hangs over a pool that glows a sickly green. Bloated figures rise from the water as the party enters, bells of their own rusted into their hands.',
        dc: 14,
        secret: 'Silencing the great bell ends the drowned ones’ hold on the shrine.',
        hazards: [
          {
            id: 'glowing-pool',
            name: 'The glowing pool',
            trigger: 'touching or wading into the green water',
            how: { kind: 'save', ability: 'con', severity: 'setback', damageType: 'necrotic' },
          },
        ],
        obstacles: [
          {
            id: 'great-bell',
            name: 'The great bell',
            skills: ['athletics'],
            dc: 14,
            success: 'The bell falls silent, and the drowned ones’ hold on the shrine breaks',
            failure: 'The bell tolls on, and the green water surges over the rim',
            hazardId: 'glowing-pool',
          },
        ],
        containers: [
          {
            id: 'pilgrim-satchel',
            name: 'Drowned pilgrim’s satchel',
            items: [
              { item: 'healers-kit', quantity: 1 },
              { item: 'antitoxin-vial', quantity: 1 },
            ],
            coins: { gp: 5, sp: 6 },
          },
        ],
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
      controller: 'human',
      persona: '',
      build: {
        level: 1,
        ancestry: { id: 'human' },
        class: { id: 'rogue', skills: ['investigation', 'stealth', 'perception', 'sleightOfHand'], expertise: ['stealth', 'investigation'] },
        background: { id: 'acolyte', skills: ['acrobatics', 'deception'] },
        abilities: { method: 'standard-array', scores: { str: 8, dex: 15, con: 14, int: 13, wis: 12, cha: 10 } },
      },
      inventory: unpack([
        { item: 'rapier', quantity: 1, equipped: true },
        { item: 'shortbow', quantity: 1, equipped: true },
        { item: 'arrow', quantity: 20 },
        { item: 'leather-armor', quantity: 1, equipped: true },
        { item: 'dagger', quantity: 2 },
        { item: 'thieves-tools', quantity: 1 },
        { item: 'burglars-pack', quantity: 1 },
        ...acolyteGear,
      ]),
      coins: acolyteCoins,
    },
    {
      id: 'aldric',
      name: 'Brother Aldric',
      controller: 'ai',
      persona: 'A patient healer who tends the wounded first and knows the old rites of the sea.',
      build: {
        level: 1,
        ancestry: { id: 'dwarf', subrace: 'hill-dwarf' },
        class: { id: 'cleric', subclass: 'life', skills: ['history', 'medicine'] },
        background: { id: 'acolyte' },
        abilities: { method: 'standard-array', scores: { str: 14, dex: 8, con: 13, int: 10, wis: 15, cha: 12 } },
      },
      inventory: unpack([
        { item: 'mace', quantity: 1, equipped: true },
        { item: 'chain-mail', quantity: 1, equipped: true },
        { item: 'shield', quantity: 1, equipped: true },
        { item: 'crossbow-light', quantity: 1 },
        { item: 'crossbow-bolt', quantity: 20 },
        { item: 'priests-pack', quantity: 1 },
        { item: 'reliquary', quantity: 1 },
        ...acolyteGear,
      ]),
      coins: acolyteCoins,
      spells: { cantrips: ['sacred-flame', 'guidance', 'spare-the-dying'], prepared: ['healing-word', 'guiding-bolt', 'shield-of-faith', 'sanctuary'] },
    },
    {
      id: 'kestrel',
      name: 'Kestrel',
      controller: 'ai',
      persona: 'A watchful scout who keeps the party’s flanks safe and trusts her eyes over stories.',
      build: {
        level: 1,
        ancestry: { id: 'half-elf', abilityChoices: ['dex', 'wis'], skills: ['athletics', 'nature'] },
        class: {
          id: 'ranger',
          skills: ['perception', 'survival', 'stealth'],
          features: { 'favored-enemy-1-type': ['undead'], 'natural-explorer-1-terrain-type': ['coast'] },
        },
        background: { id: 'acolyte' },
        abilities: { method: 'standard-array', scores: { str: 12, dex: 15, con: 14, int: 10, wis: 13, cha: 8 } },
      },
      inventory: unpack([
        { item: 'longbow', quantity: 1, equipped: true },
        { item: 'arrow', quantity: 20 },
        { item: 'shortsword', quantity: 2, equipped: true },
        { item: 'leather-armor', quantity: 1, equipped: true },
        { item: 'explorers-pack', quantity: 1 },
        ...acolyteGear,
      ]),
      coins: acolyteCoins,
    },
  ],
};
