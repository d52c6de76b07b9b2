import { describe, expect, it } from 'vitest';
import { fightOnTurnOf, table, use, who } from './feature-fixtures';

describe('Rage', () => {
  it('is an effect: the rage damage bonus on melee weapon attacks, resistances, advantage on Strength checks and saves', () => {
    const r = table(['grist']);
    const before = who(r, 'grist');
    expect(use(r, { characterId: 'grist', feature: 'rage' })).toMatchObject({ feature: 'Rage', effect: 'rage' });
    const raging = who(r, 'grist') as typeof before;
    expect(raging.damageResistances).toEqual(expect.arrayContaining(['bludgeoning', 'piercing', 'slashing']));
    const axe = (c: typeof before) => c.attacks.find((a) => a.name === 'Greataxe')!.damage.dice;
    expect([axe(before), axe(raging)]).toEqual(['1d12+3', '1d12+5']);
    expect(raging.attacks.find((a) => a.name === 'Javelin' && a.kind === 'ranged')?.damage.dice ?? '1d6+3').toBe('1d6+3');
    expect(r.check('grist', 'athletics').mode).toBe('advantage');
    expect(r.save('grist', 'str', 10).mode).toBe('advantage');
    expect(r.save('grist', 'dex', 10).mode).toBe('normal');
  });

  it('takes a bonus action in a fight, lasts ten rounds, and cannot start twice', () => {
    const r = table(['grist', 'tamsin']);
    fightOnTurnOf(r, 'grist');
    use(r, { characterId: 'grist', feature: 'Rage' });
    expect(r.state.combat!.turn.bonusActionUsed).toBe(true);
    expect(who(r, 'grist').effects[0]!.ends).toEqual([{ kind: 'minutes', minutes: 1 }, { kind: 'rounds', rounds: 10, startedRound: r.state.combat!.round }]);
    expect(() => use(r, { characterId: 'grist', feature: 'Rage' })).toThrow('Grist Ironwake is already raging');
  });

  it('has the class table\'s uses, back after a long rest', () => {
    const r = table(['grist']);
    use(r, { characterId: 'grist', feature: 'Rage' });
    r.act((turn) => turn.commit([{ op: 'character.effectEnded', characterId: 'grist', effectId: 'rage' }]));
    use(r, { characterId: 'grist', feature: 'Rage' });
    r.act((turn) => turn.commit([{ op: 'character.effectEnded', characterId: 'grist', effectId: 'rage' }]));
    expect(() => use(r, { characterId: 'grist', feature: 'Rage' })).toThrow('has no uses of Rage left; they come back after a long rest');
    r.rest('grist', 'long');
    expect(use(r, { characterId: 'grist', feature: 'Rage' }).featureId).toBe('rage');
  });

  it('is a barbarian\'s', () => {
    const r = table(['tamsin']);
    expect(() => use(r, { characterId: 'tamsin', feature: 'I rage' })).toThrow(/Tamsin Holloway cannot use I rage/);
    expect(() => use(r, { characterId: 'tamsin', feature: 'Rage' })).toThrow('Rage is a barbarian feature from level 1; Tamsin Holloway is a level 1 fighter');
  });
});
