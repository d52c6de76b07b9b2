import { describe, expect, it } from 'vitest';
import { classLevel, featuresAt, featuresThrough, pactSlotsFor, slotsFor } from '@/lib/rules/srd/classes';
import { armorClassWith, getArmor, getWeapon } from '@/lib/rules/srd/equipment';
import { findItem } from '@/lib/rules/srd/items';
import { magicItemEffect } from '@/lib/rules/srd/magic-item-effects';
import { getMagicItem } from '@/lib/rules/srd/magic-items';
import { findMonster, monsterAction, monsterArmorClass } from '@/lib/rules/srd/monsters';
import { findSpell, spellDamageAt, spellHealingAt } from '@/lib/rules/srd/spells';

// Every value here was read off the SRD 5.1 PDF, not off the reference data.
describe('facts checked against the SRD 5.1 PDF', () => {
  it('Fireball: 3rd-level evocation, 8d6 fire in a 20-foot-radius sphere, Dexterity half, 1d6 more per slot above 3rd', () => {
    const fireball = findSpell('fireball')!;
    expect(fireball).toMatchObject({
      level: 3,
      school: 'evocation',
      castingTime: { amount: 1, unit: 'action' },
      range: { kind: 'feet', amount: 150 },
      save: { ability: 'dex', onSuccess: 'half' },
      area: { shape: 'sphere', size: 20 },
      concentration: false,
      components: { verbal: true, somatic: true, material: { costGp: null, consumed: false } },
    });
    expect(spellDamageAt(fireball, 3)).toEqual({ dice: '8d6', type: 'fire', addsModifier: false });
    expect(spellDamageAt(fireball, 5)?.dice).toBe('10d6');
    expect(spellDamageAt(fireball, 2)).toBeUndefined();
  });

  it('Cure Wounds heals 1d8 + modifier per slot level; Fire Bolt grows with character level', () => {
    const cure = findSpell('cure wounds')!;
    expect(spellHealingAt(cure, 1)).toEqual({ dice: '1d8', addsModifier: true });
    expect(spellHealingAt(cure, 3)?.dice).toBe('3d8');
    const bolt = findSpell('fire bolt')!;
    expect(bolt.attack).toBe('ranged');
    expect(spellDamageAt(bolt, 4)?.dice).toBe('1d10');
    expect(spellDamageAt(bolt, 5)?.dice).toBe('2d10');
    expect(spellDamageAt(bolt, 17)?.dice).toBe('4d10');
  });

  it('Revivify needs 300 gp of diamonds, consumed; Hold Person is concentration with a Wisdom save', () => {
    expect(findSpell('revivify')!.components.material).toEqual({ costGp: 300, consumed: true });
    expect(findSpell('hold person')).toMatchObject({ level: 2, concentration: true, duration: { kind: 'minutes', amount: 1 }, save: { ability: 'wis' } });
  });

  it('Goblin: AC 15, 7 (2d6) HP, CR 1/4 for 50 XP, scimitar +4 for 1d6+2 slashing, shortbow 80/320', () => {
    const goblin = findMonster('goblin')!;
    expect(monsterArmorClass(goblin)).toBe(15);
    expect(goblin.armorClass[0]).toMatchObject({ kind: 'armor', armor: ['leather-armor', 'shield'] });
    expect(goblin).toMatchObject({ hitPoints: 7, hitDice: '2d6', challengeRating: 0.25, xp: 50, size: 'small', type: 'humanoid', subtype: 'goblinoid' });
    expect(goblin.skills).toEqual({ stealth: 6 });
    expect(goblin.senses).toEqual({ darkvision: 60, passivePerception: 9 });
    expect(monsterAction(goblin, 'scimitar')).toEqual({
      name: 'Scimitar',
      attack: { kind: 'melee', source: 'weapon', bonus: 4, reach: 5 },
      damage: [{ dice: '1d6+2', type: 'slashing' }],
    });
    expect(monsterAction(goblin, 'Shortbow')?.attack).toEqual({ kind: 'ranged', source: 'weapon', bonus: 4, range: { normal: 80, long: 320 } });
  });

  it('Adult Red Dragon: multiattack as steps, a recharging breath that halves on a save, legendary costs', () => {
    const dragon = findMonster('adult red dragon')!;
    expect(monsterAction(dragon, 'Multiattack')?.multiattack).toEqual([
      [
        { action: 'Frightful Presence', count: 1 },
        { action: 'Bite', count: 1 },
        { action: 'Claw', count: 2 },
      ],
    ]);
    expect(monsterAction(dragon, 'Fire Breath')).toMatchObject({
      usage: { kind: 'recharge', min: 5 },
      save: { ability: 'dex', dc: 21, onSuccess: 'half' },
      damage: [{ dice: '18d6', type: 'fire' }],
    });
    expect(monsterAction(dragon, 'Wing Attack')).toMatchObject({ cost: 2, imposes: ['prone'], area: { shape: 'around', size: 10 } });
    expect(monsterAction(dragon, 'Fire Breath')?.area).toEqual({ shape: 'cone', size: 60 });
    expect(monsterAction(dragon, 'Frightful Presence')?.area).toEqual({ shape: 'around', size: 120 });
    expect(dragon.damageImmunities).toEqual([{ types: ['fire'], nonmagical: false, except: null, only: null }]);
  });

  it('Save actions reach as far as their text says: a brass dragon’s two breaths, a behir’s 20-foot line', () => {
    const options = monsterAction(findMonster('adult brass dragon')!, 'Breath Weapons')?.options?.list;
    expect(options?.map((o) => [o.name, o.area])).toEqual([
      ['Fire Breath', { shape: 'line', size: 60, width: 5 }],
      ['Sleep Breath', { shape: 'cone', size: 60 }],
    ]);
    expect(monsterAction(findMonster('behir')!, 'Lightning Breath')?.area).toEqual({ shape: 'line', size: 20, width: 5 });
    expect(monsterAction(findMonster('goblin')!, 'Scimitar')?.area).toBeUndefined();
  });

  it('Werewolf resists nonmagical weapons that are not silvered; a veteran’s longsword is versatile', () => {
    expect(findMonster('werewolf')!.damageImmunities).toContainEqual({ types: ['bludgeoning', 'piercing', 'slashing'], nonmagical: true, except: 'silvered', only: null });
    expect(monsterAction(findMonster('veteran')!, 'Longsword')?.damage).toEqual([
      { oneOf: [{ dice: '1d8+3', type: 'slashing', note: 'one-handed' }, { dice: '1d10+3', type: 'slashing', note: 'two-handed' }] },
    ]);
  });

  it('Longsword: 1d8 slashing, versatile 1d10, 15 gp, 3 lb; chain mail AC 16, Str 13, stealth disadvantage', () => {
    expect(getWeapon('longsword')).toMatchObject({
      cost: { amount: 15, unit: 'gp' },
      weight: 3,
      weapon: { category: 'martial', kind: 'melee', damage: { dice: '1d8', type: 'slashing' }, versatile: '1d10', properties: ['versatile'] },
    });
    expect(getWeapon('longbow')?.weapon).toMatchObject({ range: { normal: 150, long: 600 }, properties: ['ammunition', 'heavy', 'two-handed'] });
    const chain = getArmor('chain-mail')!;
    expect(chain.armor).toEqual({ category: 'heavy', baseAc: 16, addsDex: false, maxDex: null, strMinimum: 13, stealthDisadvantage: true });
    expect(armorClassWith(getArmor('scale-mail')!, 4)).toBe(16);
    expect(armorClassWith(getArmor('leather-armor')!, 3)).toBe(14);
  });

  it('Potion of Healing heals 2d4+2, and its greater kinds more', () => {
    const potion = findItem('potion of healing')!;
    expect(magicItemEffect(potion.item.id)?.effects).toEqual([{ kind: 'heal', dice: '2d4+2' }]);
    expect(magicItemEffect('potion-of-healing-supreme')?.effects).toEqual([{ kind: 'heal', dice: '10d4+20' }]);
    expect(getMagicItem('potion-of-healing')).toMatchObject({ rarity: 'varies', variantOf: null });
    expect(getMagicItem('potion-of-healing-greater')).toMatchObject({ rarity: 'uncommon', variantOf: 'potion-of-healing' });
    expect(getMagicItem('ring-of-protection')).toMatchObject({ rarity: 'rare', attunement: { by: [] } });
    expect(getMagicItem('staff-of-healing')?.attunement).toEqual({ by: ['bard', 'cleric', 'druid'] });
  });

  it('Wizard level 5 has 4/3/2 slots; a warlock’s pact slots are all of one level', () => {
    expect(slotsFor('wizard', 5)).toEqual([4, 3, 2, 0, 0, 0, 0, 0, 0]);
    expect(slotsFor('fighter', 5)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(pactSlotsFor('warlock', 5)).toEqual({ count: 2, slotLevel: 3 });
    expect(pactSlotsFor('wizard', 5)).toBeNull();
    expect(classLevel('wizard', 1)).toMatchObject({ cantripsKnown: 3, proficiencyBonus: 2 });
  });

  it('Fighter: Action Surge at 2, Extra Attack at 5, ability score improvements at 4, 6, 8, 12, 14, 16, 19', () => {
    expect(featuresAt('fighter', 2).map((f) => f.name)).toEqual(['Action Surge (1 use)']);
    expect(featuresAt('fighter', 5).map((f) => f.id)).toEqual(['extra-attack-1']);
    expect(featuresAt('fighter', 3, 'champion').map((f) => f.id)).toEqual(['martial-archetype', 'improved-critical']);
    const asi = Array.from({ length: 20 }, (_, i) => i + 1).filter((l) => classLevel('fighter', l).abilityScoreImprovement);
    expect(asi).toEqual([4, 6, 8, 12, 14, 16, 19]);
    expect(featuresThrough('rogue', 3).map((f) => f.id)).toContain('sneak-attack');
    expect(() => featuresAt('fighter', 3, 'evocation')).toThrow(/not a fighter subclass/);
    expect(() => classLevel('fighter', 21)).toThrow(RangeError);
  });
});
