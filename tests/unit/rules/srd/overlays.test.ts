import { describe, expect, it } from 'vitest';
import { attackerModes, targetModes, type Condition } from '@/lib/rules/conditions';
import { ancestryProfile, getTrait } from '@/lib/rules/srd/ancestries';
import { getFeature } from '@/lib/rules/srd/classes';
import { allConditionEffects, conditionEffect, exhaustionEffects } from '@/lib/rules/srd/condition-effects';
import { featureResource, featuresWithResources, smiteDice } from '@/lib/rules/srd/feature-resources';
import { itemsWithEffects } from '@/lib/rules/srd/magic-item-effects';
import { getMagicItem } from '@/lib/rules/srd/magic-items';
import { spellEffect, spellsWithEffects, targetsAt } from '@/lib/rules/srd/spell-effects';
import { findSpell, getSpell } from '@/lib/rules/srd/spells';
import { traitsWithMechanics } from '@/lib/rules/srd/trait-mechanics';

describe('the spell effects overlay', () => {
  it('grows Bless and Magic Missile with the slot', () => {
    const bless = findSpell('bless')!;
    expect(targetsAt(bless, 1)).toBe(3);
    expect(targetsAt(bless, 3)).toBe(5);
    expect(spellEffect('bless')!.effects).toEqual([{ kind: 'roll bonus', dice: '1d4', sign: 1, rolls: ['attack roll', 'saving throw'], once: false }]);
    const missile = findSpell('magic missile')!;
    expect(targetsAt(missile, 1)).toBe(3);
    expect(targetsAt(missile, 4)).toBe(6);
    expect(spellEffect('magic-missile')).toMatchObject({ autoHit: true, each: { dice: '1d4+1', type: 'force' }, targets: { unit: 'dart' } });
  });

  it('states buffs, conditions and pools as numbers', () => {
    expect(spellEffect('shield')).toMatchObject({ effects: [{ kind: 'ac bonus', bonus: 5 }], lasts: 'until the start of your next turn' });
    expect(spellEffect('mage-armor')!.effects).toEqual([{ kind: 'base ac', base: 13, addsDex: true }]);
    expect(spellEffect('shield-of-faith')!.effects).toEqual([{ kind: 'ac bonus', bonus: 2 }]);
    expect(spellEffect('hold-person')).toMatchObject({ targets: { onlyIf: 'humanoid' }, effects: [{ condition: 'paralyzed', repeatSave: 'end of each of its turns' }] });
    expect(spellEffect('sleep')!.effects).toEqual([{ kind: 'hit point pool', dice: '5d8', perSlotAbove: '2d8', condition: 'unconscious' }]);
    expect(spellEffect('false-life')!.effects).toEqual([{ kind: 'temporary hit points', dice: '1d4+4', perSlotAbove: 5 }]);
    expect(spellEffect('thunderwave')!.effects).toEqual([{ kind: 'push', feet: 10 }]);
    expect(spellEffect('hunters-mark')!.effects).toEqual([{ kind: 'extra damage', dice: '1d6', type: null, on: 'weapon hit' }]);
    expect(targetsAt(getSpell('eldritch-blast')!, 0, 11)).toBe(3);
    expect(targetsAt(getSpell('fireball')!, 3)).toBe('area');
  });

  it('covers at least forty spells, every one a real SRD spell', () => {
    expect(spellsWithEffects().length).toBeGreaterThanOrEqual(40);
    for (const id of spellsWithEffects()) expect(getSpell(id), id).toBeDefined();
  });
});

describe('the magic item overlay', () => {
  it('names only real items', () => {
    expect(itemsWithEffects().length).toBeGreaterThanOrEqual(40);
    for (const id of itemsWithEffects()) expect(getMagicItem(id), id).toBeDefined();
  });
});

describe('feature resources', () => {
  it('Second Wind: once per short rest, 1d10 + fighter level, a bonus action', () => {
    expect(featureResource('second-wind', 5)).toMatchObject({ uses: 1, recovery: { on: 'short rest' }, action: 'bonus action', values: { healing: '1d10+5' } });
  });

  it('Action Surge and Extra Attack follow the fighter table', () => {
    expect(featureResource('action-surge-1-use', 2)?.uses).toBe(1);
    expect(featureResource('action-surge-2-uses', 17)?.uses).toBe(2);
    expect(featureResource('extra-attack-1', 5)?.values.attacks).toBe(2);
    expect(featureResource('extra-attack-3', 20)?.values.attacks).toBe(4);
    expect(featureResource('paladin-extra-attack', 5)?.values.attacks).toBe(2);
  });

  it('Rage: uses and damage by level, unlimited at 20', () => {
    expect(featureResource('rage', 1)).toMatchObject({ uses: 2, values: { damageBonus: 2 }, effect: { resistances: ['bludgeoning', 'piercing', 'slashing'] } });
    expect(featureResource('rage', 9)).toMatchObject({ uses: 4, values: { damageBonus: 3 } });
    expect(featureResource('rage', 20)?.uses).toBe('unlimited');
  });

  it('Bardic Inspiration: Charisma modifier (minimum 1) uses, a growing die, short rests from level 5', () => {
    expect(featureResource('bardic-inspiration-d6', 1, { cha: 3 })).toMatchObject({ uses: 3, values: { die: '1d6' }, recovery: { on: 'long rest' } });
    expect(featureResource('bardic-inspiration-d6', 1, { cha: -1 })?.uses).toBe(1);
    expect(featureResource('bardic-inspiration-d8', 5, { cha: 4 })).toMatchObject({ values: { die: '1d8' }, recovery: { on: 'short rest' } });
  });

  it('pools, dice and slot recovery by level', () => {
    expect(featureResource('lay-on-hands', 3)?.pool).toEqual({ amount: 15, of: 'hit points' });
    expect(featureResource('ki', 5)?.pool).toEqual({ amount: 5, of: 'ki points' });
    expect(featureResource('sneak-attack', 5)?.values.dice).toBe('3d6');
    expect(featureResource('arcane-recovery', 5)).toMatchObject({ uses: 1, recovery: { on: 'day', onlyAfter: 'short rest' }, values: { slotLevels: 3 } });
    expect(featureResource('wild-shape-cr-1-4-or-below-no-flying-or-swim-speed', 2)).toMatchObject({ uses: 2, values: { maxChallenge: 0.25, hours: 1 } });
    expect(featureResource('channel-divinity-2-rest', 6)?.uses).toBe(2);
    expect(featureResource('divine-sense', 1, { cha: 3 })?.uses).toBe(4);
    expect(featureResource('stonecunning', 1)).toBeUndefined();
  });

  it('Divine Smite: 2d8, +1d8 per slot level above 1st, at most 5d8, +1d8 against undead and fiends', () => {
    expect(smiteDice(1, false)).toBe('2d8');
    expect(smiteDice(2, false)).toBe('3d8');
    expect(smiteDice(4, false)).toBe('5d8');
    expect(smiteDice(5, false)).toBe('5d8');
    expect(smiteDice(5, true)).toBe('6d8');
  });

  it('names only real features', () => {
    for (const id of featuresWithResources()) expect(getFeature(id), id).toBeDefined();
  });
});

describe('ancestries and conditions', () => {
  it('folds subraces and trait mechanics into a profile', () => {
    const dwarf = ancestryProfile('dwarf', { subrace: 'hill-dwarf' });
    expect(dwarf).toMatchObject({ speed: 25, size: 'medium', darkvision: 60, resistances: ['poison'] });
    expect(dwarf.abilityBonuses).toEqual([{ ability: 'con', bonus: 2 }, { ability: 'wis', bonus: 1 }]);
    expect(dwarf.mechanics).toContainEqual({ trait: 'dwarven-toughness', hitPointsPerLevel: 1 });
    expect(ancestryProfile('halfling').mechanics).toContainEqual({ trait: 'lucky', rerollNaturalOne: ['attack roll', 'ability check', 'saving throw'] });
    expect(ancestryProfile('half-orc').mechanics).toContainEqual({ trait: 'relentless-endurance', dropToOneHitPoint: true });
    expect(ancestryProfile('dragonborn', { draconicAncestry: 'draconic-ancestry-red' }).resistances).toEqual(['fire']);
    expect(() => ancestryProfile('elf', { subrace: 'hill-dwarf' })).toThrow(/not a elf subrace/);
    for (const id of traitsWithMechanics()) expect(getTrait(id), id).toBeDefined();
  });

  it('agrees with the engine on who has advantage and disadvantage', () => {
    for (const effect of allConditionEffects().filter((c) => c.id !== 'exhaustion')) {
      const holder = { conditions: [effect.id as Condition], exhaustion: 0 };
      const against = (close: boolean) => {
        const modes = targetModes(holder, close);
        return modes.advantage.length ? 'advantage' : modes.disadvantage.length ? 'disadvantage' : null;
      };
      const expected = effect.attacksAgainst;
      if (expected && typeof expected === 'object') expect([against(true), against(false)], effect.id).toEqual([expected.within5Feet, expected.beyond]);
      else expect([against(true), against(false)], effect.id).toEqual([expected, expected]);
      const own = attackerModes(holder);
      expect(own.advantage.length ? 'advantage' : own.disadvantage.length ? 'disadvantage' : null, effect.id).toBe(effect.ownAttacks);
    }
  });

  it('describes prone by distance and exhaustion by level', () => {
    expect(conditionEffect('prone').attacksAgainst).toEqual({ within5Feet: 'advantage', beyond: 'disadvantage' });
    expect(conditionEffect('paralyzed')).toMatchObject({ includes: ['incapacitated'], autoFailSaves: ['str', 'dex'], closeHitsCritical: true });
    expect(allConditionEffects()).toHaveLength(15);
    expect(exhaustionEffects(2)).toEqual(['disadvantage on ability checks', 'speed halved']);
    expect(exhaustionEffects(6).at(-1)).toBe('death');
  });
});
