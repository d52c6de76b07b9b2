import { unpack } from './sheet/starting-equipment';
import type { Character } from './state';

/**
 * The acolyte's equipment (the SRD's one background): common clothes, a
 * pouch with 15 gp, and a holy symbol. Every pregen takes it, with the
 * background's skills customised where noted, as the SRD allows.
 */
export const acolyteGear = [
  { item: 'clothes-common', quantity: 1 },
  { item: 'pouch', quantity: 1 },
  { item: 'amulet', quantity: 1 },
];
export const acolyteCoins = { gp: 15 };

/**
 * Ready-to-play level 1 characters, written for Roundtable as SRD builds
 * (a fighter, a wizard, a cleric and a rogue, then a barbarian, a paladin,
 * a bard and a monk, whose class features the first four lack):
 * scores by the standard array, the class's starting equipment, and the
 * acolyte background. Everything on the sheet is derived from these
 * (lib/rules/sheet); `tests/unit/rules/sheet/pregens.test.ts` checks the
 * numbers against the SRD by hand.
 */
export const pregens: Character[] = [
  {
    id: 'tamsin',
    name: 'Tamsin Holloway',
    controller: 'ai',
    persona: 'A former caravan guard who stands in front of the others without being asked and counts the exits of every room.',
    build: {
      level: 1,
      ancestry: { id: 'human' },
      class: { id: 'fighter', skills: ['athletics', 'perception'], features: { 'fighter-fighting-style': ['fighter-fighting-style-defense'] } },
      background: { id: 'acolyte', skills: ['insight', 'survival'] },
      abilities: { method: 'standard-array', scores: { str: 15, dex: 13, con: 14, int: 8, wis: 12, cha: 10 } },
    },
    inventory: unpack([
      { item: 'chain-mail', quantity: 1, equipped: true },
      { item: 'longsword', quantity: 1, equipped: true },
      { item: 'shield', quantity: 1, equipped: true },
      { item: 'handaxe', quantity: 2 },
      { item: 'explorers-pack', quantity: 1 },
      ...acolyteGear,
    ]),
    coins: acolyteCoins,
  },
  {
    id: 'oswin',
    name: 'Oswin Marrow',
    controller: 'ai',
    persona: 'A bookish archivist who treats every ruin as a library with the pages out of order, and every monster as a footnote.',
    build: {
      level: 1,
      ancestry: { id: 'elf', subrace: 'high-elf', cantrip: 'prestidigitation' },
      class: { id: 'wizard', skills: ['arcana', 'history'] },
      background: { id: 'acolyte', skills: ['investigation', 'religion'] },
      abilities: { method: 'standard-array', scores: { str: 8, dex: 13, con: 14, int: 15, wis: 12, cha: 10 } },
    },
    inventory: unpack([
      { item: 'dagger', quantity: 1, equipped: true },
      { item: 'component-pouch', quantity: 1 },
      { item: 'spellbook', quantity: 1 },
      { item: 'scholars-pack', quantity: 1 },
      ...acolyteGear,
    ]),
    coins: acolyteCoins,
    spells: {
      cantrips: ['fire-bolt', 'mage-hand', 'light'],
      known: ['magic-missile', 'shield', 'mage-armor', 'sleep', 'detect-magic', 'burning-hands'],
      prepared: ['magic-missile', 'shield', 'mage-armor', 'sleep'],
    },
  },
  {
    id: 'hesper',
    name: 'Hesper Vane',
    controller: 'ai',
    persona: 'A lantern-keeper’s daughter turned priest, cheerful under pressure and stubborn about leaving nobody behind.',
    build: {
      level: 1,
      ancestry: { id: 'halfling', subrace: 'lightfoot-halfling' },
      class: { id: 'cleric', subclass: 'life', skills: ['medicine', 'persuasion'] },
      background: { id: 'acolyte' },
      abilities: { method: 'standard-array', scores: { str: 14, dex: 10, con: 13, int: 8, wis: 15, cha: 12 } },
    },
    inventory: unpack([
      { item: 'mace', quantity: 1, equipped: true },
      { item: 'scale-mail', quantity: 1, equipped: true },
      { item: 'shield', quantity: 1, equipped: true },
      { item: 'crossbow-light', quantity: 1 },
      { item: 'crossbow-bolt', quantity: 20 },
      { item: 'priests-pack', quantity: 1 },
      { item: 'emblem', quantity: 1 },
      ...acolyteGear,
    ]),
    coins: acolyteCoins,
    spells: { cantrips: ['sacred-flame', 'guidance', 'spare-the-dying'], prepared: ['healing-word', 'guiding-bolt', 'shield-of-faith'] },
  },
  {
    id: 'wren',
    name: 'Wren Ashdown',
    controller: 'ai',
    persona: 'A locksmith’s apprentice with quick hands and a quicker excuse, who scouts ahead and reports only half of what she finds.',
    build: {
      level: 1,
      ancestry: { id: 'half-elf', abilityChoices: ['dex', 'con'], skills: ['deception', 'insight'] },
      class: { id: 'rogue', skills: ['acrobatics', 'perception', 'sleightOfHand', 'stealth'], expertise: ['stealth', 'sleightOfHand'] },
      background: { id: 'acolyte', skills: ['investigation', 'persuasion'] },
      abilities: { method: 'standard-array', scores: { str: 8, dex: 15, con: 13, int: 14, wis: 10, cha: 12 } },
    },
    inventory: unpack([
      { item: 'shortsword', quantity: 1, equipped: true },
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
    id: 'grist',
    name: 'Grist Ironwake',
    controller: 'ai',
    persona: 'A dock-hauler from Harrowmere who laughs when frightened, carries the heaviest pack without being asked, and has never lost a tug-of-war.',
    build: {
      level: 1,
      ancestry: { id: 'half-orc' },
      class: { id: 'barbarian', skills: ['athletics', 'survival'] },
      background: { id: 'acolyte' },
      abilities: { method: 'standard-array', scores: { str: 15, dex: 13, con: 14, int: 8, wis: 12, cha: 10 } },
    },
    inventory: unpack([
      { item: 'greataxe', quantity: 1, equipped: true },
      { item: 'handaxe', quantity: 2 },
      { item: 'javelin', quantity: 4 },
      { item: 'explorers-pack', quantity: 1 },
      ...acolyteGear,
    ]),
    coins: acolyteCoins,
  },
  {
    id: 'corwen',
    name: 'Corwen Ashmantle',
    controller: 'ai',
    persona: 'A gold-scaled knight who keeps a ledger of every promise made in earshot and crosses one out only when it has been kept.',
    build: {
      level: 1,
      ancestry: { id: 'dragonborn', draconicAncestry: 'draconic-ancestry-gold' },
      class: { id: 'paladin', skills: ['athletics', 'medicine'] },
      background: { id: 'acolyte' },
      abilities: { method: 'standard-array', scores: { str: 15, dex: 10, con: 13, int: 8, wis: 12, cha: 14 } },
    },
    inventory: unpack([
      { item: 'chain-mail', quantity: 1, equipped: true },
      { item: 'longsword', quantity: 1, equipped: true },
      { item: 'shield', quantity: 1, equipped: true },
      { item: 'javelin', quantity: 5 },
      { item: 'priests-pack', quantity: 1 },
      { item: 'emblem', quantity: 1 },
      ...acolyteGear,
    ]),
    coins: acolyteCoins,
  },
  {
    id: 'lark',
    name: 'Lark Fenwhistle',
    controller: 'ai',
    persona: 'A travelling songwriter who collects other people\'s worst moments and turns them into choruses, usually before they have finished happening.',
    build: {
      level: 1,
      ancestry: { id: 'tiefling' },
      class: { id: 'bard', skills: ['performance', 'persuasion', 'deception'] },
      background: { id: 'acolyte' },
      abilities: { method: 'standard-array', scores: { str: 8, dex: 14, con: 13, int: 10, wis: 12, cha: 15 } },
    },
    inventory: unpack([
      { item: 'rapier', quantity: 1, equipped: true },
      { item: 'leather-armor', quantity: 1, equipped: true },
      { item: 'dagger', quantity: 1 },
      { item: 'lute', quantity: 1 },
      { item: 'entertainers-pack', quantity: 1 },
      ...acolyteGear,
    ]),
    coins: acolyteCoins,
    spells: { cantrips: ['vicious-mockery', 'minor-illusion'], known: ['healing-word', 'cure-wounds', 'charm-person', 'thunderwave'] },
  },
  {
    id: 'tova',
    name: 'Tova Stillwater',
    controller: 'ai',
    persona: 'A lighthouse keeper\'s apprentice who learned to fight by watching the tide, never raises her voice, and always knows where the nearest way out is.',
    build: {
      level: 1,
      ancestry: { id: 'human' },
      class: { id: 'monk', skills: ['acrobatics', 'stealth'] },
      background: { id: 'acolyte' },
      abilities: { method: 'standard-array', scores: { str: 12, dex: 15, con: 13, int: 10, wis: 14, cha: 8 } },
    },
    inventory: unpack([
      { item: 'shortsword', quantity: 1, equipped: true },
      { item: 'dart', quantity: 10 },
      { item: 'dungeoneers-pack', quantity: 1 },
      ...acolyteGear,
    ]),
    coins: acolyteCoins,
  },
];
