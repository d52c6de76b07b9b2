import { describe, expect, it } from 'vitest';
import { dummy, fightOnTurnOf, table, use, who } from './feature-fixtures';

const monk: [string, number] = ['tova', 2];

describe('Ki', () => {
  it('Flurry of Blows: after the Attack action, 1 ki point for two unarmed strikes as a bonus action', () => {
    const r = table([monk], { creatures: [dummy('gob', 'goblin', { x: 0, y: 4 })] });
    fightOnTurnOf(r, 'tova');
    expect(() => use(r, { characterId: 'tova', feature: 'Flurry of Blows', targetId: 'gob' })).toThrow('follows the Attack action');
    r.attack('tova', 'gob', 'Shortsword');
    const flurry = use(r, { characterId: 'tova', feature: 'flurry', targetId: 'gob' });
    expect(flurry.targets).toHaveLength(2);
    expect(r.state.combat!.turn.bonusActionUsed).toBe(true);
    expect(who(r, 'tova')).toMatchObject({ resources: { ki: 1 } });
  });

  it('Patient Defense and Step of the Wind: the Dodge, Dash or Disengage as a bonus action, for a ki point each', () => {
    const r = table([monk, 'tamsin'], { creatures: [dummy('gob', 'goblin', { x: 5, y: 1 })] });
    fightOnTurnOf(r, 'tova');
    use(r, { characterId: 'tova', feature: 'Patient Defense' });
    expect(r.state.combat!.dodging).toContain('tova');
    expect(() => use(r, { characterId: 'tova', feature: 'Step of the Wind', option: 'dash' })).toThrow('already used their bonus action');
    r.endTurn('tova');
    fightOnTurnOf(r, 'tova');
    use(r, { characterId: 'tova', feature: 'Step of the Wind', option: 'disengage' });
    expect(who(r, 'tova')).toMatchObject({ resources: { ki: 2 } });
    expect(r.state.combat!.turn.disengaged).toBe(true);
  });

  it('runs out at the class table\'s points and comes back on a short rest', () => {
    const r = table([monk], { creatures: [dummy('gob', 'goblin', { x: 5, y: 1 })] });
    fightOnTurnOf(r, 'tova');
    expect(() => use(r, { characterId: 'tova', feature: 'Step of the Wind' })).toThrow('takes Dash or Disengage: say which');
    use(r, { characterId: 'tova', feature: 'Step of the Wind', option: 'dash' });
    expect(r.state.combat!.turn.movementBonus).toBe(40);
    r.endTurn('tova');
    fightOnTurnOf(r, 'tova');
    use(r, { characterId: 'tova', feature: 'Patient Defense' });
    r.endTurn('tova');
    fightOnTurnOf(r, 'tova');
    expect(() => use(r, { characterId: 'tova', feature: 'Patient Defense' })).toThrow('has no ki points of ki left; they come back after a short or long rest');
    r.endCombat();
    r.rest('tova', 'short');
    expect(who(r, 'tova')).toMatchObject({ resources: { ki: 0 } });
  });

  it('is spent through its features, and a level 1 monk has none', () => {
    expect(() => use(table([monk]), { characterId: 'tova', feature: 'Ki' })).toThrow('Ki is spent through Flurry of Blows, Patient Defense or Step of the Wind');
    expect(() => use(table(['tova']), { characterId: 'tova', feature: 'Patient Defense' })).toThrow('Patient Defense comes at monk level 2');
  });
});
