import { describe, expect, it } from 'vitest';
import { allMonsters } from '@/lib/rules/srd/monsters';
import { levelForXp, proficiencyBonusForLevel, xpForChallenge, xpForLevel, xpThresholds } from '@/lib/rules/srd/progression';
import { trapDamage, trapNumbers } from '@/lib/rules/srd/traps';
import { proficiencyBonus } from '@/lib/rules/abilities';

describe('experience tables', () => {
  it('price challenge ratings as the SRD does', () => {
    expect(xpForChallenge(0.25)).toBe(50);
    expect(xpForChallenge('1/4')).toBe(50);
    expect(xpForChallenge(1)).toBe(200);
    expect(xpForChallenge(30)).toBe(155_000);
    expect(xpForChallenge(0)).toBe(10);
    expect(xpForChallenge(0, { noEffectiveAttacks: true })).toBe(0);
    expect(() => xpForChallenge(31)).toThrow(RangeError);
  });

  it('agree with every monster’s XP', () => {
    for (const m of allMonsters()) {
      if (m.challengeRating > 0) expect(xpForChallenge(m.challengeRating), m.id).toBe(m.xp);
    }
  });

  it('turn XP into levels and back', () => {
    expect(xpForLevel(2)).toBe(300);
    expect(levelForXp(299)).toBe(1);
    expect(levelForXp(300)).toBe(2);
    expect(levelForXp(355_000)).toBe(20);
    expect(levelForXp(1_000_000)).toBe(20);
    for (let level = 1; level <= 20; level++) expect(proficiencyBonusForLevel(level)).toBe(proficiencyBonus(level));
  });

  it('give encounter thresholds per character', () => {
    expect(xpThresholds(1)).toEqual({ easy: 25, medium: 50, hard: 75, deadly: 100 });
    expect(xpThresholds(5).deadly).toBe(1_100);
    expect(() => xpThresholds(0)).toThrow(RangeError);
  });
});

describe('trap tables', () => {
  it('give damage by severity and level tier, and DC and attack ranges', () => {
    expect(trapDamage('setback', 1)).toBe('1d10');
    expect(trapDamage('dangerous', 4)).toBe('2d10');
    expect(trapDamage('deadly', 5)).toBe('10d10');
    expect(trapDamage('deadly', 20)).toBe('24d10');
    expect(trapNumbers.dangerous).toEqual({ saveDc: { min: 12, max: 15 }, attackBonus: { min: 6, max: 8 } });
    expect(() => trapDamage('setback', 21)).toThrow(RangeError);
  });
});
