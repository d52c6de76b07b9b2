import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DiceNotationError, rollDice } from '@/lib/rules/dice';
import { diceKeyFromSeed, newDiceKey, nextRollSeed, rollSeed } from '@/lib/rules/dice-key';

const seedArb = fc.integer({ min: 0, max: 0xffffffff });

describe('seeded dice', () => {
  it('replays a roll exactly from its seed', () => {
    expect(rollDice('2d6+3', 42)).toEqual(rollDice('2d6+3', 42));
  });

  it('stays within the dice bounds and covers every face over many seeds', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const roll = rollDice('1d20', rollSeed(diceKeyFromSeed(7), i));
      expect(roll.total).toBeGreaterThanOrEqual(1);
      expect(roll.total).toBeLessThanOrEqual(20);
      expect(roll.faces).toEqual([roll.total]);
      seen.add(roll.total);
    }
    expect(seen.size).toBe(20);
  });

  it('derives different seeds for different rolls of one session', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, i) => rollSeed(diceKeyFromSeed(99), i)));
    expect(seeds.size).toBe(1000);
  });

  it('refuses notation it cannot read, and pools too large to be a real roll', () => {
    expect(() => rollDice('roll a lot', 1)).toThrow(DiceNotationError);
    expect(() => rollDice('99999999d6', 1)).toThrow(DiceNotationError);
    expect(() => rollDice('1d100000', 1)).toThrow(DiceNotationError);
    expect(rollDice('100d4', 1).faces).toHaveLength(100);
  });

  it('rolls XdY+Z within bounds, with the faces and modifier adding up', () => {
    fc.assert(
      fc.property(seedArb, fc.integer({ min: 1, max: 10 }), fc.constantFrom(4, 6, 8, 10, 12, 20), fc.integer({ min: -5, max: 5 }), (seed, x, y, z) => {
        const notation = `${x}d${y}${z === 0 ? '' : z > 0 ? `+${z}` : `${z}`}`;
        const roll = rollDice(notation, seed);
        expect(roll.faces).toHaveLength(x);
        for (const face of roll.faces) expect(face >= 1 && face <= y).toBe(true);
        expect(roll.total).toBe(roll.faces.reduce((a, b) => a + b, 0) + z);
        expect(roll).toEqual(rollDice(notation, seed));
      }),
    );
  });

  it('keeps the highest or lowest die for 2d20kh1 and 2d20kl1, recording both', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const high = rollDice('2d20kh1', seed);
        const low = rollDice('2d20kl1', seed);
        expect(high.faces).toHaveLength(2);
        expect(high.total).toBe(Math.max(...high.faces));
        expect(low.total).toBe(Math.min(...low.faces));
      }),
    );
  });

  it('gives a d20 a flat distribution (chi-square over 4000 seeded rolls)', () => {
    const counts = new Array<number>(20).fill(0);
    const n = 4000;
    for (let i = 0; i < n; i++) counts[rollDice('1d20', rollSeed(diceKeyFromSeed(2024), i)).total - 1]! += 1;
    const expected = n / 20;
    const chiSquare = counts.reduce((sum, c) => sum + (c - expected) ** 2 / expected, 0);
    // 43.8 is the 0.1% critical value for 19 degrees of freedom.
    expect(chiSquare).toBeLessThan(43.8);
  });

  it('makes advantage average about 13.8 and disadvantage about 7.2, as the maths says', () => {
    const mean = (notation: string) => {
      let sum = 0;
      for (let i = 0; i < 4000; i++) sum += rollDice(notation, rollSeed(diceKeyFromSeed(77), i)).total;
      return sum / 4000;
    };
    expect(mean('2d20kh1')).toBeCloseTo(13.825, 0);
    expect(mean('2d20kl1')).toBeCloseTo(7.175, 0);
  });

  it('derives rolls from a secret key: another key rolls other dice, and a view without the key cannot roll', () => {
    const a = newDiceKey();
    const b = newDiceKey();
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(a).not.toBe(b);
    const sequence = (key: string) => Array.from({ length: 20 }, (_, i) => rollDice('1d20', rollSeed(key, i)).total);
    expect(sequence(a)).toEqual(sequence(a));
    expect(sequence(a)).not.toEqual(sequence(b));
    expect(nextRollSeed({ seed: a, rollCount: 3 }, 2)).toBe(rollSeed(a, 5));
    expect(() => nextRollSeed({ rollCount: 3 })).toThrow(/no dice key/);
  });

});
