import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { combineModes, criticalNotation, d20Notation, naturalD20, type RollMode } from '@/lib/rules/d20';
import { rollDice } from '@/lib/rules/dice';

const reasons = fc.array(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 4 });

describe('advantage and disadvantage', () => {
  it('never stack, and cancel whenever both are present', () => {
    fc.assert(
      fc.property(reasons, reasons, (advantage, disadvantage) => {
        const mode = combineModes({ advantage, disadvantage });
        if (advantage.length > 0 && disadvantage.length > 0) expect(mode).toBe('normal');
        else if (advantage.length > 0) expect(mode).toBe('advantage');
        else if (disadvantage.length > 0) expect(mode).toBe('disadvantage');
        else expect(mode).toBe('normal');
      }),
    );
  });

  it('writes d20 tests as notation the dice roller reads', () => {
    expect(d20Notation('normal', 0)).toBe('1d20');
    expect(d20Notation('advantage', 5)).toBe('2d20kh1+5');
    expect(d20Notation('disadvantage', -1)).toBe('2d20kl1-1');
  });

  it('finds the natural die that counts, and the total is that die plus the modifier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom<RollMode>('normal', 'advantage', 'disadvantage'), fc.integer({ min: -5, max: 12 }), (seed, mode, mod) => {
        const roll = rollDice(d20Notation(mode, mod), seed);
        const natural = naturalD20(roll, mode);
        expect(natural).toBeGreaterThanOrEqual(1);
        expect(natural).toBeLessThanOrEqual(20);
        expect(roll.total).toBe(natural + mod);
        if (mode === 'advantage') expect(natural).toBe(Math.max(...roll.faces));
        if (mode === 'disadvantage') expect(natural).toBe(Math.min(...roll.faces));
      }),
    );
  });
});

describe('critical hits', () => {
  it('double every damage die but not the modifier', () => {
    expect(criticalNotation('1d8+3')).toBe('2d8+3');
    expect(criticalNotation('2d6')).toBe('4d6');
    expect(criticalNotation('d4+1d6+2')).toBe('2d4+2d6+2');
    expect(criticalNotation('3')).toBe('3');
  });

  it('keep a doubled roll within the doubled bounds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 1, max: 4 }), fc.constantFrom(4, 6, 8, 10, 12), (seed, n, sides) => {
        const roll = rollDice(criticalNotation(`${n}d${sides}+2`), seed);
        expect(roll.faces).toHaveLength(2 * n);
        expect(roll.total).toBeGreaterThanOrEqual(2 * n + 2);
        expect(roll.total).toBeLessThanOrEqual(2 * n * sides + 2);
      }),
    );
  });
});
