import { describe, expect, it } from 'vitest';
import { defeatAward, milestoneAward } from '@/lib/rules/advancement/xp-awards';
import { findCharacter } from '@/lib/rules/state';
import { market } from '../actions/goods-fixtures';

const xp = (state: ReturnType<typeof market>, id: string) => findCharacter(state, id)!.xp;

describe('experience for defeated foes', () => {
  it('shares the XP of dead foes by challenge rating among those who fought and live, naming the foes', () => {
    const state = market();
    const before = xp(state, 'mira');
    const given = defeatAward(state, ['mira', 'kestrel'], false)!;
    expect(given.award.creatures).toEqual([{ id: 'dead-goblin', name: 'Goblin', xp: 50 }]);
    expect(given.award.reason).toBe('Defeated Goblin (50 XP)');
    expect(given.award.each).toBe(25);
    expect(xp(given.state, 'mira')).toBe(before + 25);
    expect(xp(given.state, 'aldric')).toBe(xp(state, 'aldric'));
  });

  it('never counts a foe twice, and counts the downed only when the fight they lost ends', () => {
    const state = market((s) => void (s.creatures = [...(s.creatures ?? []).map((c) => (c.id === 'goblin' ? { ...c, hp: 0, conditions: ['unconscious' as const] } : c))]));
    const first = defeatAward(state, ['mira'], false)!;
    expect(first.award.creatures.map((c) => c.id)).toEqual(['dead-goblin']);
    expect(defeatAward(first.state, ['mira'], false)).toBeNull();
    const fightOver = defeatAward(first.state, ['mira'], true)!;
    expect(fightOver.award.creatures.map((c) => c.id)).toEqual(['goblin']);
  });

  it('gives nobody the share of a dead party member', () => {
    const state = market((s) => void (s.party = s.party.map((c) => (c.id === 'kestrel' ? { ...c, hp: 0, dead: true } : c))));
    expect(defeatAward(state, ['mira', 'kestrel'], false)!.award.characterIds).toEqual(['mira']);
  });
});

describe('milestones', () => {
  it('gives the same XP to the characters named or the party, with who and why', () => {
    const state = market();
    const given = milestoneAward(state, { characterIds: 'party', amount: 300, reason: 'The bell is silenced', by: 'Robin' });
    expect(given.award).toMatchObject({ source: 'milestone', by: 'Robin', reason: 'The bell is silenced', each: 300, characterIds: ['mira', 'aldric', 'kestrel'] });
    expect(xp(given.state, 'kestrel')).toBe(xp(state, 'kestrel') + 300);
  });

  it('refuses amounts out of bounds and characters not in the party', () => {
    const state = market();
    expect(() => milestoneAward(state, { characterIds: ['mira'], amount: 0, reason: 'x', by: 'R' })).toThrow(/1 to 50000/);
    expect(() => milestoneAward(state, { characterIds: ['mira'], amount: 60_000, reason: 'x', by: 'R' })).toThrow(/1 to 50000/);
    expect(() => milestoneAward(state, { characterIds: ['nobody'], amount: 10, reason: 'x', by: 'R' })).toThrow(/no character "nobody"/);
  });
});
