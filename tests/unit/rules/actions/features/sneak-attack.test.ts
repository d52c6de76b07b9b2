import { describe, expect, it } from 'vitest';
import { dummy, fightOnTurnOf, table } from './feature-fixtures';

const sneakParts = (r: ReturnType<typeof table>['attack'] extends (...a: never[]) => infer R ? R : never) => r.damage?.parts.filter((p) => p.roll.notation.startsWith('1d6') || p.roll.notation.startsWith('2d6')) ?? [];

describe('Sneak Attack', () => {
  it('adds its dice to a finesse weapon hit with an ally beside the target, once a turn', () => {
    // Tamsin stands at (0,5); the goblin beside her at (0,4); Wren at (1,5) strikes it.
    const r = table(['tamsin', 'wren'], { creatures: [dummy('gob', 'goblin', { x: 0, y: 4 })] });
    fightOnTurnOf(r, 'wren');
    const first = r.attack('wren', 'gob', 'Shortsword');
    expect(first.hit).toBe(true);
    expect(first.effects).toContain('sneak attack');
    expect(first.damage!.parts).toHaveLength(2);
    expect(sneakParts(first).map((p) => p.roll.notation)).toContain(first.critical ? '2d6' : '1d6');
  });

  it('needs advantage or an ally beside the target, and no disadvantage', () => {
    const alone = table(['wren'], { creatures: [dummy('gob', 'goblin', { x: 0, y: 4 })] });
    const plain = alone.attack('wren', 'gob', 'Shortsword');
    expect(plain.hit).toBe(true);
    expect(plain.effects ?? []).not.toContain('sneak attack');
    expect(plain.damage!.parts).toHaveLength(1);
    // A prone target within 5 feet gives advantage.
    const prone = table(['wren'], { creatures: [{ ...dummy('gob', 'goblin', { x: 0, y: 4 }), conditions: ['prone'] }] });
    expect(prone.attack('wren', 'gob', 'Shortsword').effects).toContain('sneak attack');
  });

  it('comes once a turn: a second hit in the same turn adds nothing', () => {
    const r = table(['tamsin', 'wren'], { creatures: [dummy('gob', 'goblin', { x: 0, y: 4 }), dummy('gob-2', 'goblin', { x: 1, y: 4 })] });
    const first = r.attack('wren', 'gob', 'Shortsword');
    expect(first.effects).toContain('sneak attack');
    const second = r.attack('wren', 'gob-2', 'Dagger');
    expect(second.hit).toBe(true);
    expect(second.effects ?? []).not.toContain('sneak attack');
  });

  it('is not added to a weapon that is neither finesse nor ranged, or by someone without it', () => {
    const r = table(['tamsin', 'wren'], { creatures: [dummy('gob', 'goblin', { x: 1, y: 4 })] });
    expect(r.attack('tamsin', 'gob', 'Longsword').effects ?? []).not.toContain('sneak attack');
    const unarmed = table(['tamsin', 'wren'], { creatures: [dummy('gob', 'goblin', { x: 0, y: 4 })] });
    expect(unarmed.attack('wren', 'gob', 'unarmed strike').effects ?? []).not.toContain('sneak attack');
  });
});
