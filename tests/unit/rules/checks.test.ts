import { describe, expect, it } from 'vitest';
import { abilityCheck, savingThrow, type Roller } from '@/lib/rules/checks';
import { rollDice } from '@/lib/rules/dice';
import { diceKeyFromSeed, rollSeed } from '@/lib/rules/dice-key';
import { skillMod, saveMod } from '@/lib/rules/stats';
import { monster, pregenSheet, sampleSheet } from './fixtures';

const mira = sampleSheet('mira');

/** A roller that counts its rolls from one seed, like the resolver's. */
function roller(seed: number): Roller {
  let n = 0;
  const key = diceKeyFromSeed(seed);
  return (notation) => rollDice(notation, rollSeed(key, n++));
}

describe('ability checks', () => {
  it('adds the ability modifier and proficiency for proficient skills, twice with expertise', () => {
    expect(skillMod(mira, 'perception')).toBe(1 + 2); // WIS 13, proficient at level 1
    expect(skillMod(mira, 'investigation')).toBe(2 + 4); // INT 14, expertise
    expect(skillMod(mira, 'athletics')).toBe(-1); // STR 9 (standard-array 8, human +1), not proficient
    expect(skillMod(pregenSheet('wren'), 'stealth')).toBe(3 + 4); // DEX 16, expertise
    expect(skillMod(monster('goblin'), 'stealth')).toBe(6); // as its stat block prints it
  });

  it('succeeds exactly when d20 + modifier meets the DC, and flags natural 20s and 1s', () => {
    for (let seed = 0; seed < 200; seed++) {
      const check = abilityCheck(mira, 'perception', 13, roller(seed));
      expect(check.roll.total).toBe(check.roll.faces[0]! + 3);
      expect(check.success).toBe(check.roll.total >= 13);
      expect(check.critical).toBe(check.roll.faces[0] === 20 ? 'success' : check.roll.faces[0] === 1 ? 'failure' : null);
    }
  });

  it('rolls plain ability checks on the ability modifier alone', () => {
    const check = abilityCheck(pregenSheet('tamsin'), 'str', 10, roller(1));
    expect(check.modifier).toBe(3);
    expect(check.skill).toBe('str');
  });

  it('rolls with disadvantage while poisoned or frightened, and advantage cancels it', () => {
    const poisoned = { ...mira, conditions: ['poisoned' as const] };
    expect(abilityCheck(poisoned, 'stealth', 10, roller(2)).mode).toBe('disadvantage');
    expect(abilityCheck(poisoned, 'stealth', 10, roller(2)).roll.notation).toBe('2d20kl1+7'); // DEX +3, expertise +4
    expect(abilityCheck(poisoned, 'stealth', 10, roller(2), { advantage: ['help'], disadvantage: [] }).mode).toBe('normal');
    expect(abilityCheck({ ...mira, exhaustion: 1 }, 'stealth', 10, roller(2)).mode).toBe('disadvantage');
  });
});

describe('saving throws', () => {
  it('adds proficiency only to proficient saves', () => {
    const tamsin = pregenSheet('tamsin');
    expect(saveMod(tamsin, 'str')).toBe(5);
    expect(saveMod(tamsin, 'dex')).toBe(2); // DEX 14 (13, human +1), not proficient
  });

  it('fail outright on Strength and Dexterity while paralyzed, stunned or unconscious', () => {
    for (const condition of ['paralyzed', 'stunned', 'unconscious', 'petrified'] as const) {
      const held = { ...mira, conditions: [condition] };
      for (let seed = 0; seed < 30; seed++) {
        const save = savingThrow(held, 'dex', 1, roller(seed));
        expect(save.success).toBe(false);
        expect(save.autoFailed).toBe(true);
      }
      expect(savingThrow(held, 'wis', -10, roller(0)).success).toBe(true);
    }
  });

  it('roll Dexterity with disadvantage while restrained, and every save from exhaustion 3', () => {
    const restrained = { ...mira, conditions: ['restrained' as const] };
    expect(savingThrow(restrained, 'dex', 10, roller(1)).mode).toBe('disadvantage');
    expect(savingThrow(restrained, 'wis', 10, roller(1)).mode).toBe('normal');
    expect(savingThrow({ ...mira, exhaustion: 3 }, 'wis', 10, roller(1)).mode).toBe('disadvantage');
    expect(savingThrow(mira, 'con', 10, roller(1)).kind).toBe('save');
  });
});
