import { describe, expect, it } from 'vitest';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { TurnResolver } from '@/lib/rules/turn-resolver';
import { arena, sampleState } from './fixtures';

const sheet = (r: TurnResolver, id: string) => r.state.party.find((c) => c.id === id)!;

describe('spell slots', () => {
  it('spends a slot per levelled spell and refuses one the caster does not have', () => {
    const r = new TurnResolver(arena());
    const first = r.castSpell('oswin', { name: 'Magic Missile', level: 1 });
    expect(first).toMatchObject({ slotLevel: 1, slotsLeft: 1, saveDc: 13, attackBonus: 5 });
    r.castSpell('oswin', { name: 'Shield of Faith', level: 1 });
    expect(() => r.castSpell('oswin', { name: 'Sleep', level: 1 })).toThrow('Oswin Marrow has no level 1 spell slots left');
    expect(() => r.castSpell('oswin', { name: 'Web', level: 2 })).toThrow('Oswin Marrow has no level 2 spell slots');
    expect(() => r.spendSlot('oswin', 1)).toThrow(RuleViolation);
    expect(sheet(r, 'oswin').spellSlots).toEqual([{ level: 1, max: 2, remaining: 0 }]);
  });

  it('casts cantrips for free, refuses non-casters, and refuses slots below the spell level', () => {
    const r = new TurnResolver(arena());
    expect(r.castSpell('hesper', { name: 'Sacred Flame', level: 0 })).toMatchObject({ slotLevel: null, saveDc: 12 }); // 8 + proficiency 2 + WIS 15's +2
    expect(() => r.castSpell('tamsin', { name: 'Light', level: 0 })).toThrow(/cannot cast spells/);
    expect(() => r.castSpell('hesper', { name: 'Spiritual Weapon', level: 2, slotLevel: 1 })).toThrow(/level 2 or higher/);
    expect(sheet(r, 'hesper').spellSlots[0]!.remaining).toBe(2);
  });

  it('spends the action in a fight, or the bonus action for bonus-action spells', () => {
    const r = new TurnResolver(arena());
    r.startCombat();
    while (r.state.combat!.order[r.state.combat!.turnIndex]!.id !== 'hesper') r.endTurn(r.state.combat!.order[r.state.combat!.turnIndex]!.id);
    r.castSpell('hesper', { name: 'Healing Word', level: 1, castingTime: 'bonus' });
    expect(() => r.castSpell('hesper', { name: 'Healing Word', level: 1, castingTime: 'bonus' })).toThrow(/bonus action/);
    r.castSpell('hesper', { name: 'Sacred Flame', level: 0 });
    expect(() => r.castSpell('hesper', { name: 'Sacred Flame', level: 0 })).toThrow(/already used their action/);
  });

  it('never lets an incapacitated caster cast', () => {
    const r = new TurnResolver(arena());
    r.applyCondition('oswin', 'stunned');
    expect(() => r.castSpell('oswin', { name: 'Fire Bolt', level: 0 })).toThrow(/stunned and cannot act/);
  });
});

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
    r.castSpell('oswin', { name: 'Magic Missile', level: 1 });
    r.damage('oswin', '5');
    r.grantTempHp('oswin', 4);
    r.rest('oswin', 'short', { hitDice: 1 });
    r.applyCondition('oswin', 'exhaustion');
    r.rest('oswin', 'long');
    expect(sheet(r, 'oswin')).toMatchObject({ hp: 8, tempHp: 0, hitDiceSpent: 0, exhaustion: 0, spellSlots: [{ level: 1, max: 2, remaining: 2 }] });
  });

  it('needs at least 1 HP for a long rest, and the dying cannot rest at all', () => {
    const r = new TurnResolver(sampleState());
    r.damage('mira', '12');
    expect(() => r.rest('mira', 'long')).toThrow(/at least 1 hit point/);
    expect(() => r.rest('mira', 'short', { hitDice: 1 })).toThrow(/dying/);
  });
});
