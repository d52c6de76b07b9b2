import { describe, expect, it } from 'vitest';
import { dummy, fightOnTurnOf, table, use, who } from './feature-fixtures';

const paladin: [string, number] = ['corwen', 2];

describe('Divine Smite', () => {
  it('follows a melee weapon hit: a slot for 2d8 radiant, 1d8 more against undead', () => {
    const r = table([paladin], { creatures: [dummy('bones', 'skeleton', { x: 1, y: 4 }), dummy('gob', 'goblin', { x: 0, y: 4 })] });
    fightOnTurnOf(r, 'corwen');
    const hit = r.attack('corwen', 'bones', 'Longsword');
    expect(hit.hit).toBe(true);
    const smite = use(r, { characterId: 'corwen', feature: 'smite' });
    expect(smite.roll).toMatch(hit.critical ? /^6d8/ : /^3d8/);
    expect(smite.outcome).toContain('+1d8 against the undead');
    expect(who(r, 'corwen').spellSlots[0]).toMatchObject({ level: 1, remaining: 1 });
    expect(() => use(r, { characterId: 'corwen', feature: 'Divine Smite' })).toThrow('already smitten with that hit');
  });

  it('doubles its dice on a critical hit and deals 2d8 to the living', () => {
    const crits = new Set<boolean>();
    for (let seed = 1; seed <= 40; seed++) {
      const r = table([paladin], { creatures: [dummy('gob', 'goblin', { x: 1, y: 4 })], seed });
      const hit = r.attack('corwen', 'gob', 'Longsword');
      if (!hit.hit) continue;
      crits.add(hit.critical);
      expect(use(r, { characterId: 'corwen', feature: 'Divine Smite', option: '1' }).roll).toMatch(hit.critical ? /^4d8: / : /^2d8: /);
    }
    expect([...crits].sort()).toEqual([false, true]);
  });

  it('is refused without a hit, on a miss, at range, and with no slot left', () => {
    const r = table([paladin], { creatures: [dummy('gob', 'goblin', { x: 1, y: 4 }, 30), dummy('far', 'goblin', { x: 5, y: 1 })] });
    expect(() => use(r, { characterId: 'corwen', feature: 'Divine Smite' })).toThrow('has made no attack this turn');
    expect(r.attack('corwen', 'gob', 'Longsword').hit).toBe(false);
    expect(() => use(r, { characterId: 'corwen', feature: 'Divine Smite' })).toThrow('last attack missed');
    expect(r.attack('corwen', 'far', 'Javelin').hit).toBe(true);
    expect(() => use(r, { characterId: 'corwen', feature: 'Divine Smite' })).toThrow('comes with a melee weapon attack, not Javelin at range');
    const spent = table([paladin], { creatures: [dummy('gob', 'goblin', { x: 1, y: 4 })] });
    spent.act((turn) => turn.commit([1, 0].map((remaining) => ({ op: 'character.spellSlot' as const, characterId: 'corwen', level: 1, remaining }))));
    expect(spent.attack('corwen', 'gob', 'Longsword').hit).toBe(true);
    expect(() => use(spent, { characterId: 'corwen', feature: 'Divine Smite' })).toThrow('no spell slots left to smite with');
    expect(() => use(spent, { characterId: 'corwen', feature: 'Divine Smite', option: '2' })).toThrow('has no level 2 spell slots');
  });

  it('is a paladin feature from level 2', () => {
    const r = table(['corwen'], { creatures: [dummy('gob', 'goblin', { x: 1, y: 4 })] });
    expect(() => use(r, { characterId: 'corwen', feature: 'Divine Smite' })).toThrow('Divine Smite comes at paladin level 2');
  });
});
