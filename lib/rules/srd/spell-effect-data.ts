import type { SpellEffect } from './spell-effect-schema';

const one = { count: 1 } as const;
const area = { count: 'area' } as const;
const self = { count: 'self' } as const;
const failedSave = (condition: 'blinded' | 'charmed' | 'frightened' | 'paralyzed' | 'restrained' | 'incapacitated') =>
  ({ kind: 'condition', condition, repeatSave: null }) as const;

/**
 * What the most used spells do beyond the facts the reference structures
 * (level, save, damage dice, area): how many targets and how that grows
 * with the slot, buffs, conditions, temporary hit points. Written for
 * Roundtable from the SRD 5.1 spell descriptions.
 */
export const spellEffectData: SpellEffect[] = [
  // Buffs and defences
  { spell: 'bless', targets: { count: 3, perSlotAbove: 1 }, effects: [{ kind: 'roll bonus', dice: '1d4', sign: 1, rolls: ['attack roll', 'saving throw'], once: false }] },
  { spell: 'bane', targets: { count: 3, perSlotAbove: 1 }, effects: [{ kind: 'roll bonus', dice: '1d4', sign: -1, rolls: ['attack roll', 'saving throw'], once: false }] },
  { spell: 'guidance', targets: one, effects: [{ kind: 'roll bonus', dice: '1d4', sign: 1, rolls: ['ability check'], once: true }] },
  { spell: 'resistance', targets: one, effects: [{ kind: 'roll bonus', dice: '1d4', sign: 1, rolls: ['saving throw'], once: true }] },
  { spell: 'shield', targets: self, effects: [{ kind: 'ac bonus', bonus: 5 }], lasts: 'until the start of your next turn' },
  { spell: 'shield-of-faith', targets: one, effects: [{ kind: 'ac bonus', bonus: 2 }] },
  { spell: 'mage-armor', targets: one, effects: [{ kind: 'base ac', base: 13, addsDex: true }] },
  { spell: 'barkskin', targets: one, effects: [{ kind: 'minimum ac', ac: 16 }] },
  { spell: 'false-life', targets: self, effects: [{ kind: 'temporary hit points', dice: '1d4+4', perSlotAbove: 5 }] },
  {
    spell: 'heroism',
    targets: { count: 1, perSlotAbove: 1 },
    effects: [{ kind: 'condition immunity', conditions: ['frightened'] }, { kind: 'temporary hit points', spellcastingModifierEachTurn: true }],
  },
  { spell: 'aid', targets: { count: 3 }, effects: [{ kind: 'hit point maximum', bonus: 5, perSlotAbove: 5 }] },
  { spell: 'divine-favor', targets: self, effects: [{ kind: 'extra damage', dice: '1d4', type: 'radiant', on: 'weapon hit' }] },
  { spell: 'hunters-mark', targets: one, effects: [{ kind: 'extra damage', dice: '1d6', type: null, on: 'weapon hit' }] },
  { spell: 'longstrider', targets: { count: 1, perSlotAbove: 1 }, effects: [{ kind: 'speed', bonus: 10 }] },
  {
    spell: 'haste',
    targets: one,
    effects: [{ kind: 'ac bonus', bonus: 2 }, { kind: 'advantage', on: 'dexterity saves' }, { kind: 'speed', multiplier: 2 }, { kind: 'extra action' }],
  },
  { spell: 'blur', targets: self, effects: [{ kind: 'disadvantage', on: 'attacks against the target' }] },
  { spell: 'invisibility', targets: { count: 1, perSlotAbove: 1 }, effects: [{ kind: 'condition', condition: 'invisible', repeatSave: null }] },
  { spell: 'greater-invisibility', targets: one, effects: [{ kind: 'condition', condition: 'invisible', repeatSave: null }] },
  {
    spell: 'protection-from-evil-and-good',
    targets: one,
    effects: [{ kind: 'disadvantage', on: 'attacks by certain creature types' }, { kind: 'condition immunity', conditions: ['charmed', 'frightened'] }],
  },
  { spell: 'misty-step', targets: self, effects: [{ kind: 'teleport', feet: 30 }] },
  { spell: 'stoneskin', targets: one, effects: [{ kind: 'resistance', types: ['bludgeoning', 'piercing', 'slashing'] }] },
  // Healing
  { spell: 'cure-wounds', targets: { count: 1, exclude: ['undead', 'construct'] }, effects: [] },
  { spell: 'healing-word', targets: { count: 1, exclude: ['undead', 'construct'] }, effects: [] },
  { spell: 'mass-healing-word', targets: { count: 6, exclude: ['undead', 'construct'] }, effects: [] },
  { spell: 'mass-cure-wounds', targets: { count: 6, exclude: ['undead', 'construct'] }, effects: [] },
  { spell: 'prayer-of-healing', targets: { count: 6, exclude: ['undead', 'construct'] }, effects: [] },
  { spell: 'heal', targets: one, effects: [{ kind: 'ends conditions', conditions: ['blinded', 'deafened', 'disease'], choose: null }] },
  {
    spell: 'lesser-restoration',
    targets: one,
    effects: [{ kind: 'ends conditions', conditions: ['blinded', 'deafened', 'paralyzed', 'poisoned', 'disease'], choose: 1 }],
  },
  { spell: 'revivify', targets: one, effects: [{ kind: 'revive', hitPoints: 1, deadAtMostMinutes: 1 }] },
  // Damage
  { spell: 'magic-missile', targets: { count: 3, perSlotAbove: 1, unit: 'dart' }, autoHit: true, each: { dice: '1d4+1', type: 'force' }, effects: [] },
  { spell: 'scorching-ray', targets: { count: 3, perSlotAbove: 1, unit: 'ray' }, each: { dice: '2d6', type: 'fire' }, effects: [] },
  {
    spell: 'eldritch-blast',
    targets: { count: 1, unit: 'beam', byCharacterLevel: [{ level: 1, count: 1 }, { level: 5, count: 2 }, { level: 11, count: 3 }, { level: 17, count: 4 }] },
    each: { dice: '1d10', type: 'force' },
    effects: [],
  },
  { spell: 'fire-bolt', targets: one, effects: [] },
  { spell: 'sacred-flame', targets: one, effects: [{ kind: 'ignores cover' }] },
  { spell: 'ray-of-frost', targets: one, effects: [{ kind: 'speed', bonus: -10 }], lasts: 'until the start of your next turn' },
  { spell: 'chill-touch', targets: one, effects: [{ kind: 'no healing' }], lasts: 'until the start of your next turn' },
  {
    spell: 'shocking-grasp',
    targets: one,
    effects: [{ kind: 'advantage', on: 'attacks against metal-armoured target' }, { kind: 'no reactions' }],
    lasts: 'until the start of your next turn',
  },
  { spell: 'vicious-mockery', targets: one, effects: [{ kind: 'disadvantage', on: "the target's next attack roll" }], lasts: 'until its next turn ends' },
  { spell: 'guiding-bolt', targets: one, effects: [{ kind: 'advantage', on: 'next attack against the target' }], lasts: 'until the end of your next turn' },
  { spell: 'inflict-wounds', targets: one, effects: [] },
  { spell: 'burning-hands', targets: area, effects: [] },
  { spell: 'thunderwave', targets: area, effects: [{ kind: 'push', feet: 10 }] },
  { spell: 'shatter', targets: area, effects: [] },
  { spell: 'fireball', targets: area, effects: [] },
  { spell: 'lightning-bolt', targets: area, effects: [] },
  { spell: 'spirit-guardians', targets: area, effects: [{ kind: 'speed', multiplier: 0.5 }] },
  { spell: 'spiritual-weapon', targets: one, effects: [{ kind: 'repeat attack', action: 'bonus action' }] },
  { spell: 'moonbeam', targets: area, effects: [] },
  { spell: 'cone-of-cold', targets: area, effects: [] },
  // Conditions
  {
    spell: 'hold-person',
    targets: { count: 1, perSlotAbove: 1, onlyIf: 'humanoid' },
    effects: [{ kind: 'condition', condition: 'paralyzed', repeatSave: 'end of each of its turns' }],
  },
  {
    spell: 'hold-monster',
    targets: { count: 1, perSlotAbove: 1, exclude: ['undead'] },
    effects: [{ kind: 'condition', condition: 'paralyzed', repeatSave: 'end of each of its turns' }],
  },
  { spell: 'sleep', targets: { ...area, exclude: ['undead'] }, effects: [{ kind: 'hit point pool', dice: '5d8', perSlotAbove: '2d8', condition: 'unconscious' }] },
  { spell: 'color-spray', targets: area, effects: [{ kind: 'hit point pool', dice: '6d10', perSlotAbove: '2d10', condition: 'blinded' }] },
  { spell: 'command', targets: { count: 1, perSlotAbove: 1, exclude: ['undead'] }, effects: [] },
  { spell: 'charm-person', targets: { count: 1, perSlotAbove: 1, onlyIf: 'humanoid' }, effects: [failedSave('charmed')] },
  { spell: 'faerie-fire', targets: area, effects: [{ kind: 'advantage', on: 'attacks against the target' }] },
  { spell: 'entangle', targets: area, effects: [{ kind: 'condition', condition: 'restrained', repeatSave: 'as an action' }] },
  { spell: 'web', targets: area, effects: [{ kind: 'condition', condition: 'restrained', repeatSave: 'as an action' }] },
  {
    spell: 'blindness-deafness',
    targets: { count: 1, perSlotAbove: 1 },
    effects: [{ kind: 'condition', condition: 'blinded', alternative: 'deafened', repeatSave: 'end of each of its turns' }],
  },
  { spell: 'fear', targets: area, effects: [failedSave('frightened')] },
  { spell: 'hypnotic-pattern', targets: area, effects: [failedSave('charmed'), failedSave('incapacitated'), { kind: 'speed', multiplier: 0 }] },
  {
    spell: 'slow',
    targets: { count: 6 },
    effects: [{ kind: 'ac bonus', bonus: -2 }, { kind: 'save bonus', abilities: ['dex'], bonus: -2 }, { kind: 'speed', multiplier: 0.5 }, { kind: 'no reactions' }],
  },
  { spell: 'banishment', targets: { count: 1, perSlotAbove: 1 }, effects: [failedSave('incapacitated')] },
  { spell: 'counterspell', targets: one, effects: [{ kind: 'counter spell', checkDcBase: 10 }] },
  { spell: 'dispel-magic', targets: one, effects: [{ kind: 'counter spell', checkDcBase: 10 }] },
];
