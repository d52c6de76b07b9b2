import { describe, expect, it } from 'vitest';
import { applyPatches, gmEditPatchSchema, RuleViolation, type StatePatch } from '@/lib/rules/patches';
import { addEffectPatch, endConcentrationPatches, endEffectPatch, startConcentrationPatches } from '@/lib/rules/sheet/effect-patches';
import type { EffectInput } from '@/lib/rules/sheet/effects';
import { addItemPatch, attunePatch, coinsPatch, equipPatch, removeItemPatch, unequipPatch } from '@/lib/rules/sheet/inventory-patches';
import { gainXpPatch, levelUpPatch, preparePatch, spendResourcePatch } from '@/lib/rules/sheet/progress-patches';
import { characterSchema, findCombatant, type CharacterSheet, type RulesState } from '@/lib/rules/state';
import { TurnResolver } from '@/lib/rules/turn-resolver';
import { arena } from '../fixtures';

function hero(state: RulesState, id: string): CharacterSheet {
  return state.party.find((c) => c.id === id)!;
}

/** Applies patches made from the state as it is, one call at a time. */
function apply(state: RulesState, make: (s: RulesState) => StatePatch | StatePatch[]): RulesState {
  const made = make(state);
  return applyPatches(state, Array.isArray(made) ? made : [made]);
}

describe('inventory patches', () => {
  it('add and remove items, never more than carried', () => {
    let state = apply(arena(), (s) => addItemPatch(hero(s, 'tamsin'), { item: 'potion-of-healing-common' }, 2));
    expect(hero(state, 'tamsin').inventory.find((i) => i.item === 'potion-of-healing-common')).toMatchObject({ quantity: 2, equipped: false });
    expect(() => removeItemPatch(hero(state, 'tamsin'), { item: 'potion-of-healing-common' }, 3)).toThrow(/carries 2/);
    state = apply(state, (s) => removeItemPatch(hero(s, 'tamsin'), { item: 'potion-of-healing-common' }, 2));
    expect(hero(state, 'tamsin').inventory.some((i) => i.item === 'potion-of-healing-common')).toBe(false);
    expect(() => applyPatches(state, [{ op: 'character.item', characterId: 'tamsin', item: 'vorpal-spoon', base: null, quantity: 1 }])).toThrow(/No SRD item/);
  });

  it('are values, so applying one twice changes nothing more', () => {
    const patch = addItemPatch(hero(arena(), 'tamsin'), { item: 'torch' }, 5);
    const once = applyPatches(arena(), [patch]);
    expect(applyPatches(once, [patch])).toEqual(once);
  });

  it('equip only what is carried, one suit of armour at a time, and follow it in the sheet', () => {
    const state = arena();
    expect(() => equipPatch(hero(state, 'tamsin'), { item: 'greataxe' })).toThrow(/carries no Greataxe/);
    expect(() => applyPatches(state, [{ op: 'character.equipped', characterId: 'tamsin', item: 'greataxe', base: null, equipped: true }])).toThrow(RuleViolation);
    const armoured = apply(state, (s) => addItemPatch(hero(s, 'tamsin'), { item: 'plate-armor' }));
    expect(() => apply(armoured, (s) => equipPatch(hero(s, 'tamsin'), { item: 'plate-armor' }))).toThrow(/one suit of armour/);
    const unshielded = apply(state, (s) => unequipPatch(hero(s, 'tamsin'), { item: 'shield' }));
    expect(hero(unshielded, 'tamsin').ac).toBe(17);
    expect(hero(unshielded, 'tamsin').attacks.map((a) => a.name)).toContain('Longsword (two-handed)');
  });

  it('attune to at most three items that need it', () => {
    let state = arena();
    for (const item of ['ring-of-protection', 'cloak-of-protection', 'gauntlets-of-ogre-power', 'amulet-of-health']) {
      state = apply(state, (s) => [addItemPatch(hero(s, 'tamsin'), { item }), { op: 'character.equipped', characterId: 'tamsin', item, base: null, equipped: true }]);
    }
    for (const item of ['ring-of-protection', 'cloak-of-protection', 'gauntlets-of-ogre-power']) state = apply(state, (s) => attunePatch(hero(s, 'tamsin'), { item }));
    expect(hero(state, 'tamsin')).toMatchObject({ ac: 19 + 2, abilities: { str: 19 } });
    expect(() => apply(state, (s) => attunePatch(hero(s, 'tamsin'), { item: 'amulet-of-health' }))).toThrow(/at most 3 magic items/);
    expect(() => apply(state, (s) => attunePatch(hero(s, 'tamsin'), { item: 'longsword' }))).toThrow(/needs no attunement/);
  });

  it('lose hit points above a maximum that falls when an item comes off', () => {
    let state = apply(arena(), (s) => [addItemPatch(hero(s, 'oswin'), { item: 'amulet-of-health' }), { op: 'character.equipped', characterId: 'oswin', item: 'amulet-of-health', base: null, equipped: true }]);
    state = apply(state, (s) => attunePatch(hero(s, 'oswin'), { item: 'amulet-of-health' }));
    expect(hero(state, 'oswin')).toMatchObject({ maxHp: 10, hp: 8 });
    state = apply(state, () => ({ op: 'character.hp', characterId: 'oswin', hp: 10 }));
    state = apply(state, (s) => unequipPatch(hero(s, 'oswin'), { item: 'amulet-of-health' }));
    expect(hero(state, 'oswin')).toMatchObject({ maxHp: 8, hp: 8 });
  });

  it('never take coins below zero', () => {
    const state = arena();
    expect(() => coinsPatch(hero(state, 'tamsin'), { gp: -16 })).toThrow(/has 15 gp/);
    expect(hero(apply(state, (s) => coinsPatch(hero(s, 'tamsin'), { gp: -5, sp: 20 })), 'tamsin').coins).toMatchObject({ gp: 10, sp: 20 });
    expect(() => applyPatches(state, [{ op: 'character.coins', characterId: 'tamsin', coins: { cp: 0, sp: 0, ep: 0, gp: -1, pp: 0 } }])).toThrow(/fewer than no coins/);
  });
});

describe('experience, level and resources', () => {
  it('let XP only grow, except by a game master’s correction that keeps the level', () => {
    const state = apply(arena(), (s) => gainXpPatch(hero(s, 'tamsin'), 350));
    expect(hero(state, 'tamsin').xp).toBe(350);
    expect(() => applyPatches(state, [{ op: 'character.xp', characterId: 'tamsin', xp: 100 }])).toThrow(/only grows/);
    expect(hero(applyPatches(state, [{ op: 'character.xpCorrection', characterId: 'tamsin', xp: 100 }]), 'tamsin').xp).toBe(100);
  });

  it('level up only with the XP for it and only by the rules of a level-up', () => {
    const state = apply(arena(), (s) => gainXpPatch(hero(s, 'tamsin'), 300));
    const tamsin = hero(state, 'tamsin');
    const next = { ...tamsin.build, level: 2, hitPoints: [{ level: 2, method: 'average' as const }] };
    const levelled = hero(apply(state, (s) => levelUpPatch(hero(s, 'tamsin'), next)), 'tamsin');
    // d10 average 6 + CON 15's +2; the new hit points come with the new maximum.
    expect(levelled).toMatchObject({ level: 2, maxHp: 20, hp: 20, resourceLimits: { 'action-surge-1-use': { max: 1 } } });
    expect(() => levelUpPatch(hero(arena(), 'tamsin'), next)).toThrow(/needs 300 XP/);
    expect(() => levelUpPatch(tamsin, { ...next, level: 3 })).toThrow(/to level 2, not 3/);
    expect(() => levelUpPatch(tamsin, { ...next, ancestry: { ...next.ancestry, id: 'elf', subrace: 'high-elf' } })).toThrow(/does not change the ancestry/);
    expect(() => levelUpPatch(tamsin, { ...next, hitPoints: [{ level: 2, method: 'rolled', roll: 11, record: null }] })).toThrow(/cannot roll more than 10/);
    expect(() => applyPatches(arena(), [{ op: 'character.xpCorrection', characterId: 'tamsin', xp: 0 }, { op: 'character.build', characterId: 'tamsin', build: next }])).toThrow(RuleViolation);
  });

  it('spend feature resources no further than the class allows, and a rest restores them', () => {
    let state = apply(arena(), (s) => spendResourcePatch(hero(s, 'tamsin'), 'second-wind'));
    expect(hero(state, 'tamsin').resources).toEqual({ 'second-wind': 1 });
    expect(() => spendResourcePatch(hero(state, 'tamsin'), 'second-wind')).toThrow(/0 uses of second-wind left/);
    expect(() => applyPatches(state, [{ op: 'character.resource', characterId: 'tamsin', featureId: 'second-wind', spent: 2 }])).toThrow(/has 1 uses/);
    expect(() => spendResourcePatch(hero(state, 'tamsin'), 'rage')).toThrow(/no rage/);
    const r = new TurnResolver(state);
    r.rest('tamsin', 'short');
    expect(hero(r.state, 'tamsin').resources).toEqual({ 'second-wind': 0 });
  });

  it('prepare only spells of the class list, as many as the caster may', () => {
    const state = arena();
    expect(hero(apply(state, (s) => preparePatch(hero(s, 'hesper'), ['bless', 'cure-wounds', 'command', 'sanctuary', 'detect-magic'])), 'hesper').spells.prepared).toHaveLength(5);
    expect(() => preparePatch(hero(state, 'hesper'), ['command', 'sanctuary', 'detect-magic', 'healing-word'])).toThrow(/up to 3 spells, not 4/);
    expect(() => preparePatch(hero(state, 'hesper'), ['fireball'])).toThrow(/not on the cleric spell list/);
    expect(() => preparePatch(hero(state, 'oswin'), ['thunderwave'])).toThrow(/only spells in the spellbook/);
    expect(() => applyPatches(state, [{ op: 'character.spellsKnown', characterId: 'oswin', cantrips: ['fire-bolt'], known: ['misty-step'] }])).toThrow(/level 2 spell/);
  });
});

describe('effects and concentration', () => {
  const bless = (by: string): EffectInput => ({
    id: `bless-${by}`,
    source: { kind: 'spell', id: 'bless', by },
    modifiers: [{ kind: 'roll bonus', dice: '1d4', sign: 1, rolls: ['attack roll', 'saving throw'], once: false }],
    ends: [{ kind: 'concentration' }, { kind: 'rounds', rounds: 10, startedRound: 1 }],
  });

  it('put effects on characters and creatures, and end them with the concentration they hang on', () => {
    let state = apply(arena(), (s) => [
      ...startConcentrationPatches(s, 'hesper', { spell: 'bless', targets: ['tamsin', 'gob-1'], slotLevel: 1, casterLevel: 1 }),
      addEffectPatch(findCombatant(s, 'tamsin')!, bless('hesper')),
      addEffectPatch(findCombatant(s, 'gob-1')!, bless('hesper')),
    ]);
    expect(hero(state, 'hesper').concentration).toMatchObject({ spell: 'bless' });
    expect(findCombatant(state, 'gob-1')!.effects).toHaveLength(1);
    state = apply(state, (s) => endConcentrationPatches(s, 'hesper'));
    expect([hero(state, 'hesper').concentration, hero(state, 'tamsin').effects, findCombatant(state, 'gob-1')!.effects]).toEqual([null, [], []]);
    expect(() => applyPatches(state, [{ op: 'character.concentration', characterId: 'hesper', concentration: { spell: 'cure-wounds', targets: [], slotLevel: 1, casterLevel: 1 } }])).toThrow(/needs no concentration/);
    // Ending what is already gone changes nothing, so a patch applied twice is harmless; asking for it is refused.
    expect(applyPatches(state, [{ op: 'character.effectEnded', characterId: 'tamsin', effectId: 'nothing' }])).toEqual(state);
    expect(() => endEffectPatch(findCombatant(state, 'tamsin')!, 'nothing')).toThrow(/no effect "nothing"/);
  });

  it('change sheet numbers while they last', () => {
    const shield: EffectInput = { id: 'shield', source: { kind: 'spell', id: 'shield', by: 'oswin' }, modifiers: [{ kind: 'ac bonus', bonus: 5 }], ends: [{ kind: 'turn', edge: 'start', of: 'oswin', round: 2 }] };
    const state = apply(arena(), (s) => addEffectPatch(findCombatant(s, 'oswin')!, shield));
    expect(hero(state, 'oswin').ac).toBe(17);
  });
});

describe('what no patch can set', () => {
  it('keeps derived numbers derived: written values are replaced on parsing', () => {
    const tamsin = hero(arena(), 'tamsin');
    expect(characterSchema.parse({ ...tamsin, ac: 30, maxHp: 99, attacks: [], abilities: { ...tamsin.abilities, str: 30 } })).toEqual(tamsin);
  });

  it('lets a game master edit sheets by hand, but never the roll counter', () => {
    expect(gmEditPatchSchema.safeParse({ op: 'character.xpCorrection', characterId: 'tamsin', xp: 0 }).success).toBe(true);
    expect(gmEditPatchSchema.safeParse({ op: 'character.item', characterId: 'tamsin', item: 'torch', quantity: 1 }).success).toBe(true);
    expect(gmEditPatchSchema.safeParse({ op: 'session.rollCount', rollCount: 0 }).success).toBe(false);
  });
});
