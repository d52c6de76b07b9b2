import { describe, expect, it } from 'vitest';
import { castSpell } from '@/lib/rules/actions/cast-spell';
import { TurnResolver } from '@/lib/rules/turn-resolver';
import { arena, sampleState } from './fixtures';

const sheet = (r: TurnResolver, id: string) => r.state.party.find((c) => c.id === id)!;

describe('rests', () => {
  it('spends hit dice on a short rest, healing die + Constitution each', () => {
    const r = new TurnResolver(arena());
    r.damage('tamsin', '8');
    const rest = r.rest('tamsin', 'short', { hitDice: 1 });
    const roll = rest.hitDiceRolls[0]!;
    expect(roll.notation).toBe('1d10+2');
    expect(rest.hpAfter).toBe(Math.min(12, 4 + roll.total));
    expect(sheet(r, 'tamsin').hitDiceSpent).toBe(1);
    expect(() => r.rest('tamsin', 'short', { hitDice: 1 })).toThrow('Tamsin Holloway has 0 hit dice left, not 1');
  });

  it('restores HP, slots and half the hit dice on a long rest, and ends temporary HP', () => {
    const r = new TurnResolver(arena());
    r.act((turn) => castSpell(turn, { casterId: 'oswin', spell: 'Magic Missile', targetIds: ['gob-1'] }));
    r.damage('oswin', '5');
    r.grantTempHp('oswin', 4);
    r.rest('oswin', 'short', { hitDice: 1 });
    r.applyCondition('oswin', 'exhaustion');
    r.rest('oswin', 'long');
    expect(sheet(r, 'oswin')).toMatchObject({ hp: 8, tempHp: 0, hitDiceSpent: 0, exhaustion: 0, spellSlots: [{ level: 1, max: 2, remaining: 2 }] });
  });

  it('lets nobody dying rest at all', () => {
    const r = new TurnResolver(sampleState());
    r.damage('mira', '12');
    expect(() => r.rest('mira', 'long')).toThrow(/dying/);
    expect(() => r.rest('mira', 'short', { hitDice: 1 })).toThrow(/dying/);
  });

  it('has a stable character at 0 come round with 1 HP after 1d4 hours, then take the long rest', () => {
    const state = sampleState();
    const r = new TurnResolver({ ...state, party: state.party.map((c) => (c.id === 'mira' ? { ...c, hp: 0, stable: true } : c)) });
    const result = r.rest('mira', 'long');
    expect(result.hpBefore).toBe(0);
    expect(result.cameRoundAfter?.notation).toBe('1d4');
    expect(result.cameRoundAfter!.total).toBeGreaterThanOrEqual(1);
    expect(result.cameRoundAfter!.total).toBeLessThanOrEqual(4);
    expect(sheet(r, 'mira')).toMatchObject({ hp: sheet(r, 'mira').maxHp, stable: false });
    expect(sheet(r, 'mira').conditions).not.toContain('unconscious');
  });
});
