import { describe, expect, it } from 'vitest';
import { applyPatches, RuleViolation } from '@/lib/rules/patches';
import { TurnResolver } from '@/lib/rules/turn-resolver';
import { arena, sampleState as state } from './fixtures';

describe('the turn resolver', () => {
  // Regression: outside a fight, one character's action could make another attack or move.
  it("lets only the character whose action it resolves act, while anyone may roll what the action calls for", () => {
    const resolver = new TurnResolver(arena(), 'tamsin');
    expect(() => resolver.attack('wren', 'gob-1', 'Shortbow')).toThrow(/This is Tamsin Holloway's action: Wren Ashdown cannot act in it/);
    expect(() => resolver.dodge('oswin')).toThrow(/cannot act in it/);
    expect(resolver.check('wren', 'perception').roll.total).toBeGreaterThan(0);
    expect(resolver.save('oswin', 'dex', 12).roll.total).toBeGreaterThan(0);
  });

  it('runs an action module all or nothing: a refusal part way takes back its rolls and patches', () => {
    const resolver = new TurnResolver(state());
    const before = resolver.state;
    expect(() =>
      resolver.act((turn) => {
        turn.roll('1d20');
        turn.commit([{ op: 'character.hp', characterId: 'mira', hp: 1 }]);
        expect(turn.state.party.find((c) => c.id === 'mira')!.hp).toBe(1);
        turn.actor('nobody');
      }),
    ).toThrow(RuleViolation);
    expect(resolver.state).toEqual(before);
    expect(resolver.rolls).toHaveLength(0);
    expect(resolver.patches).toHaveLength(0);
    expect(resolver.act((turn) => turn.roll('1d4').total)).toBeGreaterThan(0);
    expect(resolver.state.rollCount).toBe(before.rollCount + 1);
  });

  it('never lets damage take HP below 0, and knocks a character out at 0', () => {
    const resolver = new TurnResolver(state());
    const change = resolver.damage('mira', '1d4+12');
    const mira = resolver.state.party.find((c) => c.id === 'mira')!;
    expect(change.hpAfter).toBe(0);
    expect(change.outcome?.result).toBe('downed');
    expect(mira.hp).toBe(0);
    expect(mira.conditions).toContain('unconscious');
    expect(() => resolver.check('mira', 'stealth')).toThrow('Mira Thorne is unconscious and cannot act');
  });

  it('never heals above maximum HP, and healing wakes the unconscious', () => {
    const resolver = new TurnResolver(state());
    resolver.damage('kestrel', '1d4+12');
    resolver.heal('kestrel', '1d4');
    let kestrel = resolver.state.party.find((c) => c.id === 'kestrel')!;
    expect(kestrel.hp).toBeGreaterThan(0);
    expect(kestrel.conditions).not.toContain('unconscious');
    resolver.heal('kestrel', '9d10');
    kestrel = resolver.state.party.find((c) => c.id === 'kestrel')!;
    expect(kestrel.hp).toBe(kestrel.maxHp);
  });

  it('kills outright on massive damage, and refuses to heal the dead', () => {
    const resolver = new TurnResolver(state());
    expect(resolver.damage('mira', '20+1d4').outcome?.result).toBe('killed');
    expect(() => resolver.heal('mira', '1d4')).toThrow('Mira Thorne is dead');
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

  it('takes back everything a rejected call rolled or changed', () => {
    const resolver = new TurnResolver(state());
    resolver.check('mira', 'stealth');
    const before = { state: resolver.state, patches: resolver.patches.length, rolls: resolver.rolls.length };
    expect(() => resolver.damage('mira', '100d100')).toThrow(RuleViolation);
    expect(resolver.state).toBe(before.state);
    expect(resolver.patches).toHaveLength(before.patches);
    expect(resolver.rolls).toHaveLength(before.rolls);
  });

  it('refuses patches that would break the state', () => {
    expect(() => applyPatches(state(), [{ op: 'character.hp', characterId: 'mira', hp: 999 }])).toThrow(RuleViolation);
    expect(() => applyPatches(state(), [{ op: 'character.hp', characterId: 'mira', hp: -1 }])).toThrow(RuleViolation);
    expect(() => applyPatches(state(), [{ op: 'character.hp', characterId: 'ghost', hp: 1 }])).toThrow(RuleViolation);
    expect(() => applyPatches(state(), [{ op: 'character.tempHp', characterId: 'mira', tempHp: -2 }])).toThrow(RuleViolation);
    expect(() => applyPatches(state(), [{ op: 'character.position', characterId: 'mira', position: { x: 1, y: 1 } }])).not.toThrow();
  });

  it('fills in the fields older stored states lack', () => {
    const resolver = new TurnResolver(state());
    expect(resolver.state.creatures).toEqual([]);
    expect(resolver.state.combat).toBeNull();
    expect(resolver.state.party[0]).toMatchObject({ tempHp: 0, dead: false, speed: 30, spellSlots: [] });
  });

  it('rolls saves for anyone alive, on their turn or not', () => {
    const resolver = new TurnResolver(arena());
    resolver.startCombat();
    const someoneElse = resolver.state.combat!.order.find((e, i) => i !== resolver.state.combat!.turnIndex)!.id;
    const save = resolver.save(someoneElse, 'dex', 12);
    expect(save.kind).toBe('save');
    expect(resolver.checks).toContain(save);
  });

  it('grants temporary hit points and imposes and lifts conditions', () => {
    const resolver = new TurnResolver(arena());
    expect(resolver.grantTempHp('tamsin', 5)).toBe(5);
    expect(resolver.grantTempHp('tamsin', 3)).toBe(5);
    expect(resolver.applyCondition('tamsin', 'frightened', 'gob-1').conditionSources).toEqual({ frightened: 'gob-1' });
    expect(resolver.removeCondition('tamsin', 'frightened').conditions).toEqual([]);
    expect(() => resolver.removeCondition('tamsin', 'frightened')).toThrow(/not frightened/);
    expect(() => resolver.applyCondition('tamsin', 'charmed', 'nobody')).toThrow(RuleViolation);
  });
});

describe('refusals', () => {
  it('are all RuleViolations, bad dice and malformed input included', () => {
    const resolver = new TurnResolver(arena());
    expect(() => resolver.damage('tamsin', 'lots')).toThrow(RuleViolation);
    expect(() => resolver.addCreature('wolf', { id: '' })).toThrow(RuleViolation);
    expect(() => resolver.addCreature('wolf', { id: 'gob-1' })).toThrow('The id "gob-1" is already taken');
    expect(resolver.state.creatures.find((c) => c.id === 'gob-1')!.name).toBe('Goblin');
  });
});
