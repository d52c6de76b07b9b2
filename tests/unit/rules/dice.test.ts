import { describe, expect, it } from 'vitest';
import { DiceNotationError, rollDice, rollSeed } from '@/lib/rules/dice';
import { abilityCheck, skillModifier } from '@/lib/rules/checks';
import { sampleCampaign } from '@/lib/campaigns/sample';

const mira = sampleCampaign.characters[0]!;

describe('seeded dice', () => {
  it('replays a roll exactly from its seed', () => {
    expect(rollDice('2d6+3', 42)).toEqual(rollDice('2d6+3', 42));
  });

  it('stays within the dice bounds and covers every face over many seeds', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const roll = rollDice('1d20', rollSeed(7, i));
      expect(roll.total).toBeGreaterThanOrEqual(1);
      expect(roll.total).toBeLessThanOrEqual(20);
      expect(roll.faces).toEqual([roll.total]);
      seen.add(roll.total);
    }
    expect(seen.size).toBe(20);
  });

  it('derives different seeds for different rolls of one session', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => rollSeed(99, i)));
    expect(seeds.size).toBe(1000);
  });

  it('refuses notation it cannot read', () => {
    expect(() => rollDice('roll a lot', 1)).toThrow(DiceNotationError);
  });
});

describe('ability checks', () => {
  it('adds the ability modifier and proficiency for proficient skills', () => {
    expect(skillModifier(mira, 'investigation')).toBe(2 + 2); // INT 14, proficient at level 1
    expect(skillModifier(mira, 'athletics')).toBe(0); // STR 10, not proficient
  });

  it('succeeds exactly when d20 + modifier meets the DC', () => {
    for (let seed = 0; seed < 200; seed++) {
      const check = abilityCheck(mira, 'investigation', 13, seed);
      expect(check.roll.total).toBe(check.roll.faces[0]! + 4);
      expect(check.success).toBe(check.roll.total >= 13);
      expect(check.critical).toBe(check.roll.faces[0] === 20 ? 'success' : check.roll.faces[0] === 1 ? 'failure' : null);
    }
  });
});
