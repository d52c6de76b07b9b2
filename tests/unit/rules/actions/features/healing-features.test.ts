import { describe, expect, it } from 'vitest';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { dummy, fightOnTurnOf, table, use, who, wound } from './feature-fixtures';

describe('Second Wind', () => {
  it('heals the fighter 1d10 + fighter level as a bonus action, once per short rest', () => {
    const r = table(['tamsin']);
    wound(r, 'tamsin', 2);
    const first = use(r, { characterId: 'tamsin', feature: 'second wind' });
    expect(first).toMatchObject({ feature: 'Second Wind', roll: expect.stringMatching(/^1d10\+1: /) });
    expect(first.hp).toBe(Math.min(12, 2 + first.healed!));
    expect(() => use(r, { characterId: 'tamsin', feature: 'Second Wind' })).toThrow('Tamsin Holloway has no uses of Second Wind left; they come back after a short or long rest');
    r.rest('tamsin', 'short');
    expect(use(r, { characterId: 'tamsin', feature: 'Second Wind' }).featureId).toBe('second-wind');
  });

  it('spends the bonus action in a fight', () => {
    const r = table(['tamsin', 'wren']);
    fightOnTurnOf(r, 'tamsin');
    use(r, { characterId: 'tamsin', feature: 'Second Wind' });
    expect(r.state.combat!.turn.bonusActionUsed).toBe(true);
  });

  it('is refused to a rogue, saying whose feature it is', () => {
    const r = table(['wren']);
    expect(() => use(r, { characterId: 'wren', feature: 'Second Wind' })).toThrow('Second Wind is a fighter feature from level 1; Wren Ashdown is a level 1 rogue');
  });
});

describe('Lay on Hands', () => {
  it('restores the points the paladin chooses from a pool of 5 × level, and never spends what heals nothing', () => {
    const r = table(['corwen', 'tamsin']);
    wound(r, 'tamsin', 9);
    expect(use(r, { characterId: 'corwen', feature: 'lay on hands', targetId: 'tamsin', points: 2 })).toMatchObject({ healed: 2, hp: 11 });
    expect(use(r, { characterId: 'corwen', feature: 'Lay on Hands', targetId: 'tamsin', points: 3 })).toMatchObject({ healed: 1, hp: 12 });
    expect(who(r, 'corwen')).toMatchObject({ resources: { 'lay-on-hands': 3 } });
  });

  it('refuses more points than the pool holds, a wound that is not there, and undead', () => {
    const r = table(['corwen', 'tamsin'], { creatures: [dummy('bones', 'skeleton', { x: 2, y: 5 })] });
    wound(r, 'tamsin', 1);
    expect(() => use(r, { characterId: 'corwen', feature: 'Lay on Hands', targetId: 'tamsin', points: 6 })).toThrow('has 5 Lay on Hands points left, not 6');
    expect(() => use(r, { characterId: 'corwen', feature: 'Lay on Hands', targetId: 'corwen', points: 1 })).toThrow('at full hit points');
    expect(() => use(r, { characterId: 'corwen', feature: 'Lay on Hands', targetId: 'bones', points: 1 })).toThrow('Lay on Hands has no effect on the undead');
    expect(() => use(r, { characterId: 'corwen', feature: 'Lay on Hands', targetId: 'tamsin' })).toThrow(RuleViolation);
  });

  it('cures a poison for 5 points, ending the effect that poisoned', () => {
    const r = table(['corwen', 'tamsin']);
    r.act((turn) =>
      turn.commit([
        { op: 'character.conditions', characterId: 'tamsin', conditions: ['poisoned'] },
        { op: 'character.effect', characterId: 'tamsin', effect: { id: 'hazard-needle', source: { kind: 'hazard', id: 'needle', by: 'tamsin' }, modifiers: [{ kind: 'condition', condition: 'poisoned', repeatSave: null }], ends: [{ kind: 'minutes', minutes: 60 }] } },
      ]),
    );
    use(r, { characterId: 'corwen', feature: 'Lay on Hands', targetId: 'tamsin', option: 'cure poison' });
    expect(who(r, 'tamsin')).toMatchObject({ conditions: [], effects: [] });
    expect(() => use(r, { characterId: 'corwen', feature: 'Lay on Hands', targetId: 'tamsin', option: 'cure poison' })).toThrow('not poisoned');
  });

  it('needs a touch on the battle map', () => {
    const r = table(['corwen', 'wren', 'tamsin']);
    wound(r, 'tamsin', 3);
    expect(() => use(r, { characterId: 'corwen', feature: 'Lay on Hands', targetId: 'tamsin', points: 1 })).toThrow('reaches only by touch');
  });
});

describe('Channel Divinity: Preserve Life', () => {
  it('shares 5 × cleric level among the wounded, none past half its maximum, and spends the Channel Divinity', () => {
    const r = table([['hesper', 2], 'tamsin', 'wren']);
    wound(r, 'tamsin', 1);
    wound(r, 'wren', 2);
    const out = use(r, { characterId: 'hesper', feature: 'Preserve Life', targetIds: ['tamsin', 'wren'] });
    expect(out.targets).toEqual([{ id: 'tamsin', result: '+5 HP (now 6)' }, { id: 'wren', result: '+3 HP (now 5)' }]);
    wound(r, 'tamsin', 1);
    expect(() => use(r, { characterId: 'hesper', feature: 'Channel Divinity', option: 'preserve life', targetIds: ['tamsin'] })).toThrow('no uses of Channel Divinity left');
  });

  it('belongs to the Life domain from cleric level 2', () => {
    const r = table(['hesper']);
    expect(() => use(r, { characterId: 'hesper', feature: 'Preserve Life', targetId: 'hesper' })).toThrow('comes at cleric level 2; Hesper Vane is a level 1 cleric');
  });
});
