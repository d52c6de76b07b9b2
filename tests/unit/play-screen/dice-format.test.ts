import { describe, expect, it } from 'vitest';
import {
  classifyRolls,
  facesOf,
  outcomeName,
  purposeOf,
  skillLabel,
  verdictOf,
} from '@/app/(table)/sessions/[id]/_components/dice-format';
import type { CheckResult } from '@/lib/rules/checks';
import { rollDice } from '@/lib/rules/dice';

function check(roll: ReturnType<typeof rollDice>, overrides: Partial<CheckResult> = {}): CheckResult {
  const base = { characterId: 'mira', skill: 'perception', kind: 'check', dc: 13, modifier: 3, mode: 'normal', critical: null, autoFailed: false } as const;
  return { ...base, roll, success: roll.total >= 13, ...overrides };
}

describe('facesOf', () => {
  it('marks the die advantage dropped, reading the roller text', () => {
    const roll = rollDice('2d20kh1+5', 42);
    expect(roll.text).toBe('2d20kh1+5: [3d, 8]+5 = 13');
    expect(facesOf(roll)).toEqual([
      { value: 3, dropped: true },
      { value: 8, dropped: false },
    ]);
  });

  it('marks dropped dice across a pool and keeps separate groups in order', () => {
    expect(facesOf(rollDice('4d6dl1', 42)).map((f) => f.dropped)).toEqual([true, false, false, false]);
    expect(facesOf(rollDice('1d4+1d6+2', 42))).toEqual([
      { value: 3, dropped: false },
      { value: 6, dropped: false },
    ]);
  });

  it('falls back to plain faces when the text does not agree with them', () => {
    const roll = { notation: '2d20kh1', seed: 1, faces: [4, 9], total: 9, text: 'something else' };
    expect(facesOf(roll)).toEqual([
      { value: 4, dropped: false },
      { value: 9, dropped: false },
    ]);
  });

  it('has no faces for a flat number', () => {
    expect(facesOf(rollDice('3', 1))).toEqual([]);
  });
});

describe('classifyRolls', () => {
  const perception = rollDice('1d20+3', 7);
  const toHit = rollDice('1d20+5', 8);
  const damage = rollDice('1d8+3', 9);

  it('pairs checks by seed, attacks by the roller text, and leaves damage plain', () => {
    const attack = { attackerId: 'mira', targetId: 'zombie', hit: true, critical: false, roll: toHit.text, targetAc: 8 };
    const classified = classifyRolls([perception, toHit, damage], [check(perception)], [
      { toolName: 'ability_check', input: {}, ok: true, output: { success: true } },
      { toolName: 'attack', input: {}, ok: true, output: attack },
    ]);
    expect(classified.map((c) => outcomeName(c.outcome))).toEqual([perception.total >= 13 ? 'success' : 'failure', 'hit', 'none']);
    expect(classified[1]?.outcome).toEqual({ kind: 'attack', hit: true, critical: false, ac: 8 });
  });

  it('finds attacks nested in an output (a multiattack) and matches a whole roll record by seed', () => {
    const output = { attacks: [{ hit: false, critical: false, roll: toHit, targetAc: 15 }] };
    const [first] = classifyRolls([toHit], [], [{ toolName: 'multiattack', input: {}, ok: true, output }]);
    expect(first && outcomeName(first.outcome)).toBe('miss');
  });

  it('ignores refused calls, whose rolls were taken back', () => {
    const output = { hit: true, critical: false, roll: toHit.text };
    const [first] = classifyRolls([toHit], [], [{ toolName: 'attack', input: {}, ok: false, output, error: 'not your turn' }]);
    expect(first?.outcome.kind).toBe('plain');
  });

  it('reads older events that recorded no tool calls', () => {
    expect(classifyRolls([damage], [], []).map((c) => c.outcome.kind)).toEqual(['plain']);
  });
});

describe('verdicts', () => {
  const roll = rollDice('1d20+3', 7);

  it('says what a check was against and how it went', () => {
    expect(verdictOf({ kind: 'check', check: check(roll, { success: true }) })).toBe('vs DC 13 · success');
    expect(verdictOf({ kind: 'check', check: check(roll, { success: false, critical: 'failure' }) })).toBe('vs DC 13 · failure · natural 1');
    expect(purposeOf({ kind: 'check', check: check(roll, { kind: 'save', skill: 'dex' }) })).toBe('Dexterity save');
  });

  it('calls out critical hits and leaves out an unknown AC', () => {
    expect(verdictOf({ kind: 'attack', hit: true, critical: true, ac: 12 })).toBe('vs AC 12 · critical hit');
    expect(verdictOf({ kind: 'attack', hit: false, critical: false, ac: null })).toBe('miss');
    expect(verdictOf({ kind: 'plain' })).toBe('');
  });

  it('names skills the way a character sheet prints them', () => {
    expect(skillLabel('perception')).toBe('Perception');
    expect(skillLabel('sleightOfHand')).toBe('Sleight of Hand');
    expect(skillLabel('wis')).toBe('Wisdom');
  });
});
