import { describe, expect, it } from 'vitest';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { applyPatches, RuleViolation } from '@/lib/rules/patches';
import { TurnResolver } from '@/lib/rules/turn-resolver';
import type { GameState } from '@/lib/rules/state';

const state = (): GameState => ({ scene: sampleCampaign.openingScene, party: structuredClone(sampleCampaign.characters), seed: 3, rollCount: 0, round: 0 });

describe('the turn resolver', () => {
  it('never lets damage take HP below 0, and knocks a character out at 0', () => {
    const resolver = new TurnResolver(state());
    resolver.damage('mira', '10d10');
    const mira = resolver.state.party.find((c) => c.id === 'mira')!;
    expect(mira.hp).toBe(0);
    expect(mira.conditions).toContain('unconscious');
    expect(() => resolver.check('mira', 'stealth')).toThrow('Mira Thorne is unconscious and cannot act');
  });

  it('never heals above maximum HP, and healing wakes the unconscious', () => {
    const resolver = new TurnResolver(state());
    resolver.damage('kestrel', '10d10');
    resolver.heal('kestrel', '1d4');
    let kestrel = resolver.state.party.find((c) => c.id === 'kestrel')!;
    expect(kestrel.hp).toBeGreaterThan(0);
    expect(kestrel.conditions).not.toContain('unconscious');
    resolver.heal('kestrel', '9d10');
    kestrel = resolver.state.party.find((c) => c.id === 'kestrel')!;
    expect(kestrel.hp).toBe(kestrel.maxHp);
  });

  it('counts every roll so the next one has a new seed, and replays identically', () => {
    const a = new TurnResolver(state());
    const b = new TurnResolver(state());
    for (const r of [a, b]) {
      r.check('mira', 'investigation');
      r.damage('mira', '1d4');
    }
    expect(a.state.rollCount).toBe(2);
    expect(a.rolls).toEqual(b.rolls);
    expect(a.patches).toEqual(b.patches);
  });

  it('rejects unknown characters, bad dice and absurd amounts', () => {
    const resolver = new TurnResolver(state());
    expect(() => resolver.check('smaug', 'stealth')).toThrow(RuleViolation);
    expect(() => resolver.damage('mira', 'lots')).toThrow('not valid dice notation');
    expect(() => resolver.damage('mira', '100d100')).toThrow(RuleViolation);
  });

  it('refuses patches that would break the state', () => {
    expect(() => applyPatches(state(), [{ op: 'character.hp', characterId: 'mira', hp: 999 }])).toThrow(RuleViolation);
    expect(() => applyPatches(state(), [{ op: 'character.hp', characterId: 'mira', hp: -1 }])).toThrow(RuleViolation);
    expect(() => applyPatches(state(), [{ op: 'character.hp', characterId: 'ghost', hp: 1 }])).toThrow(RuleViolation);
  });
});
