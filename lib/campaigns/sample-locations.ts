import type { Location } from './campaign';

/**
 * The places of the built-in campaign, in the order the story runs: the
 * flooded nave where it starts, rising trouble on the stair and in the
 * crypt, and the climax in the bell chamber, whose silencing ends it.
 */
export const sampleLocations: Location[] = [
  {
    scene: {
      locationId: 'nave',
      mapStyle: 'ruins',
      title: 'The Flooded Nave',
      description:
        'Knee-deep black water fills a vaulted nave lit by phosphorescent moss. At the far end a barnacled altar holds a silver bell and an old offering box; the flagstones around it are scored with fresh scratches, and the air smells of salt and old smoke. By the door Old Marrow, a Harrowmere salvager, sells supplies to whoever goes down.',
      dc: 13,
      secret: 'The scratches were made by the drowned dead below, dragging themselves toward the bell. Ringing it wakes the bell chamber.',
      exits: [{ id: 'spiral-stair', name: 'the spiral stair', to: 'steps', aliases: ['stairs', 'steps', 'stairway', 'way down', 'crypt', 'below'] }],
      objects: [
        { id: 'silver-bell', name: 'the silver bell', aliases: ['bell', 'small bell', 'altar bell'] },
        { id: 'altar', name: 'the barnacled altar', aliases: ['altar', 'barnacles', 'scratches', 'carvings'], obstacleId: 'barnacled-altar' },
        { id: 'offering-box', name: 'the offering box', aliases: ['box', 'offerings', 'collection box'], containerId: 'offering-box' },
        { id: 'black-water', name: 'the deep water', aliases: ['water', 'pool', 'flood', 'flagstones'], obstacleId: 'deep-water' },
      ],
      people: [
        {
          id: 'old-marrow',
          name: 'Old Marrow',
          role: 'a Harrowmere salvager who sells supplies by the door',
          aliases: ['marrow', 'salvager', 'old man', 'merchant', 'shopkeeper'],
          tells: [
            'The bells started the night of the storm. Every night since, a little louder.',
            'My grandmother said the tide-priests were buried with their bells, and that the great bell below must never ring.',
            'Go down the spiral stair, mind the weed on the steps, and whatever you do, do not ring that silver bell.',
          ],
        },
      ],
      triggers: [
        {
          id: 'bell-wakes-the-dead',
          when: { kind: 'use', objectId: 'silver-bell' },
          then: { kind: 'wake', locationId: 'bell-chamber' },
          says: 'The silver bell’s note rolls down into the dark, and far below the great bell answers it. Something in the deep chamber is awake now, and waiting.',
        },
      ],
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
      exits: [{ id: 'crypt-door', name: 'the crypt door at the foot of the stair', to: 'crypt', aliases: ['crypt', 'door', 'bottom', 'down', 'foot of the stair'] }],
      objects: [
        { id: 'stair', name: 'the slick stair', aliases: ['steps', 'weed', 'stairs'], obstacleId: 'slick-stair' },
        { id: 'side-passages', name: 'the side passages', aliases: ['passages', 'nests', 'holes', 'eyes'] },
      ],
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
      exits: [{ id: 'bell-passage', name: 'the flooded passage', to: 'bell-chamber', aliases: ['passage', 'tunnel', 'bell chamber', 'chamber', 'the bells', 'sound of bells'] }],
      objects: [
        { id: 'coral-reliquary', name: 'the coral reliquary', aliases: ['reliquary', 'coral box', 'far niche', 'casket'], containerId: 'coral-reliquary' },
        { id: 'niches', name: 'the burial niches', aliases: ['niches', 'tombs', 'graves', 'robes', 'bodies'] },
      ],
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
      objects: [
        { id: 'great-bell', name: 'the great bell', aliases: ['bell', 'bronze bell', 'big bell', 'clapper'], obstacleId: 'great-bell' },
        { id: 'green-pool', name: 'the glowing pool', aliases: ['pool', 'green water', 'water'] },
        { id: 'pilgrim-satchel', name: 'the drowned pilgrim’s satchel', aliases: ['satchel', 'bag', 'pilgrim'], containerId: 'pilgrim-satchel' },
      ],
      triggers: [
        {
          id: 'bell-silenced',
          when: { kind: 'overcome', obstacleId: 'great-bell' },
          then: {
            kind: 'end',
            epilogue:
              'The great bell hangs silent, and the green light drains out of the pool like a tide going out. Whatever still stands of the drowned ones slumps into the water and is still. By dawn the party climbs out into clean salt air, and that night, for the first time since the storm, Harrowmere sleeps without bells. Old Marrow stands the party a drink, and the village begins to speak of the shrine as a place that was saved rather than a place to fear.',
          },
          says: 'The great bell falls silent at last. Its hold on the shrine is broken.',
        },
      ],
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
          // Hauled still by strength, or its clapper jammed by deft hands.
          skills: ['athletics', 'sleightOfHand'],
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
    // Rung from the nave, the silver bell calls one more of the drowned up out of the pool.
    whenWoken: [{ bestiaryId: 'zombie', id: 'drowned-3', name: 'Drowned One', position: { x: 5, y: 1 } }],
  },
];
