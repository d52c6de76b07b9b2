import { acolyteCoins, acolyteGear } from '@/lib/rules/pregens';
import { unpack } from '@/lib/rules/sheet/starting-equipment';
import type { CampaignSeed } from './campaign';
import { sampleLocations } from './sample-locations';

/** The built-in campaign every fresh install offers. Written for Roundtable. */
export const sampleCampaign: CampaignSeed = {
  id: 'sunken-shrine',
  title: 'The Sunken Shrine of Vel',
  summary:
    'A storm has torn open a hillside above the fishing village of Harrowmere, exposing the drowned shrine of a forgotten tide god. Villagers hear bells under the ground at night. Someone has to go down.',
  startLocationId: 'nave',
  locations: sampleLocations,
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
