import type { FeatureResource } from './feature-resource-schema';

const shortRest = { on: 'short rest' } as const;
const longRest = { on: 'long rest' } as const;
const twoAttacks = { kind: 'attacks', attacks: 2 } as const;

/**
 * Uses, recovery and simple effects of class features, written for
 * Roundtable from the SRD 5.1 class descriptions (the reference data has
 * the feature names and tables, not these mechanics).
 */
export const featureResourceData: FeatureResource[] = [
  // Barbarian
  {
    features: ['rage'],
    uses: { kind: 'column', column: 'rageCount' },
    recovery: longRest,
    action: 'bonus action',
    effect: {
      kind: 'rage',
      damageBonusColumn: 'rageDamageBonus',
      resistances: ['bludgeoning', 'piercing', 'slashing'],
      advantageOn: ['strength checks', 'strength saves'],
      minutes: 1,
    },
  },
  { features: ['barbarian-unarmored-defense'], action: 'passive', effect: { kind: 'unarmored defense', base: 10, abilities: ['dex', 'con'] } },
  { features: ['barbarian-extra-attack'], action: 'passive', effect: twoAttacks },
  // Bard
  {
    features: ['bardic-inspiration-d6', 'bardic-inspiration-d8', 'bardic-inspiration-d10', 'bardic-inspiration-d12'],
    uses: { kind: 'ability modifier', ability: 'cha', minimum: 1, plus: 0 },
    recovery: { on: 'long rest', shortRestFrom: 5 },
    action: 'bonus action',
    effect: { kind: 'inspiration die', dieColumn: 'bardicInspirationDie', addsTo: ['ability check', 'attack roll', 'saving throw'] },
  },
  // Cleric
  {
    features: ['channel-divinity-1-rest', 'channel-divinity-2-rest', 'channel-divinity-3-rest'],
    uses: { kind: 'column', column: 'channelDivinityCharges' },
    recovery: shortRest,
    action: 'action',
    effect: { kind: 'channel divinity' },
  },
  { features: ['channel-divinity-preserve-life'], action: 'action', effect: { kind: 'divided healing', perLevel: 5, capAtHalfMaximum: true } },
  { features: ['disciple-of-life'], action: 'passive', effect: { kind: 'healing bonus', flat: 2, addSpellLevel: true } },
  {
    features: ['divine-strike'],
    action: 'passive',
    effect: { kind: 'extra damage', dice: { byLevel: [{ level: 8, dice: '1d8' }, { level: 14, dice: '2d8' }] }, type: 'radiant', oncePerTurn: true },
  },
  // Druid
  {
    features: ['wild-shape-cr-1-4-or-below-no-flying-or-swim-speed', 'wild-shape-cr-1-2-or-below-no-flying-speed', 'wild-shape-cr-1-or-below'],
    uses: { kind: 'fixed', count: 2 },
    recovery: shortRest,
    action: 'action',
    effect: { kind: 'wild shape', maxCrColumn: 'wildShapeMaxCr', hoursPerTwoLevels: 1 },
  },
  {
    features: ['natural-recovery'],
    uses: { kind: 'fixed', count: 1 },
    recovery: { on: 'long rest', onlyAfter: 'short rest' },
    action: 'free',
    effect: { kind: 'slot recovery', maxSlotLevel: 5 },
  },
  // Fighter
  { features: ['second-wind'], uses: { kind: 'fixed', count: 1 }, recovery: shortRest, action: 'bonus action', effect: { kind: 'heal self', dice: '1d10', addClassLevel: true } },
  { features: ['action-surge-1-use', 'action-surge-2-uses'], uses: { kind: 'column', column: 'actionSurges' }, recovery: shortRest, action: 'free', effect: { kind: 'extra action' } },
  {
    features: ['indomitable-1-use', 'indomitable-2-uses', 'indomitable-3-uses'],
    uses: { kind: 'column', column: 'indomitableUses' },
    recovery: longRest,
    action: 'free',
    effect: { kind: 'reroll failed save' },
  },
  { features: ['extra-attack-1', 'extra-attack-2', 'extra-attack-3'], action: 'passive', effect: { kind: 'attacks', attacks: { column: 'extraAttacks' } } },
  { features: ['improved-critical'], action: 'passive', effect: { kind: 'critical range', minimum: 19 } },
  { features: ['superior-critical'], action: 'passive', effect: { kind: 'critical range', minimum: 18 } },
  // Monk
  { features: ['ki'], pool: { kind: 'column', column: 'kiPoints', of: 'ki points' }, recovery: shortRest, action: 'passive' },
  { features: ['martial-arts'], action: 'passive', effect: { kind: 'martial arts', dieColumn: 'martialArts' } },
  { features: ['flurry-of-blows'], action: 'bonus action', effect: { kind: 'ki feature', cost: 1 } },
  { features: ['patient-defense'], action: 'bonus action', effect: { kind: 'ki feature', cost: 1 } },
  { features: ['step-of-the-wind'], action: 'bonus action', effect: { kind: 'ki feature', cost: 1 } },
  { features: ['stunning-strike'], action: 'free', effect: { kind: 'ki feature', cost: 1 } },
  { features: ['monk-unarmored-defense'], action: 'passive', effect: { kind: 'unarmored defense', base: 10, abilities: ['dex', 'wis'] } },
  { features: ['monk-extra-attack'], action: 'passive', effect: twoAttacks },
  // Paladin
  { features: ['lay-on-hands'], pool: { kind: 'per level', perLevel: 5, of: 'hit points' }, recovery: longRest, action: 'action' },
  { features: ['divine-sense'], uses: { kind: 'ability modifier', ability: 'cha', minimum: 0, plus: 1 }, recovery: longRest, action: 'action' },
  {
    features: ['divine-smite'],
    action: 'free',
    effect: { kind: 'smite', base: '2d8', perSlotAbove: '1d8', maxDice: 5, bonusAgainst: ['undead', 'fiend'], bonus: '1d8', type: 'radiant' },
  },
  {
    features: ['improved-divine-smite'],
    action: 'passive',
    effect: { kind: 'extra damage', dice: { byLevel: [{ level: 11, dice: '1d8' }] }, type: 'radiant', oncePerTurn: false },
  },
  { features: ['channel-divinity'], uses: { kind: 'fixed', count: 1 }, recovery: shortRest, action: 'action', effect: { kind: 'channel divinity' } },
  { features: ['paladin-extra-attack'], action: 'passive', effect: twoAttacks },
  // Ranger
  { features: ['ranger-extra-attack'], action: 'passive', effect: twoAttacks },
  {
    features: ['hunters-prey-colossus-slayer'],
    action: 'passive',
    effect: { kind: 'extra damage', dice: { byLevel: [{ level: 3, dice: '1d8' }] }, type: null, oncePerTurn: true },
  },
  // Rogue
  { features: ['sneak-attack'], action: 'passive', effect: { kind: 'extra damage', dice: { column: 'sneakAttack' }, type: null, oncePerTurn: true } },
  { features: ['uncanny-dodge'], action: 'reaction', effect: { kind: 'halve attack damage' } },
  // Sorcerer
  { features: ['font-of-magic'], pool: { kind: 'column', column: 'sorceryPoints', of: 'sorcery points' }, recovery: longRest, action: 'passive' },
  // Wizard
  {
    features: ['arcane-recovery'],
    uses: { kind: 'fixed', count: 1 },
    recovery: { on: 'day', onlyAfter: 'short rest' },
    action: 'free',
    effect: { kind: 'slot recovery', maxSlotLevel: 5 },
  },
];
