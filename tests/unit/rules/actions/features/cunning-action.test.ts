import { describe, expect, it } from 'vitest';
import { dummy, fightOnTurnOf, table, use, who } from './feature-fixtures';

describe('Cunning Action', () => {
  it('Dash, Disengage or Hide as a bonus action, for a rogue of level 2', () => {
    const r = table([['wren', 2]], { creatures: [dummy('gob', 'goblin', { x: 6, y: 1 })] });
    fightOnTurnOf(r, 'wren');
    expect(use(r, { characterId: 'wren', feature: 'Cunning Action', option: 'dash' }).outcome).toContain('dashes (+30 ft this turn) as a bonus action');
    expect(r.state.combat!.turn).toMatchObject({ bonusActionUsed: true, movementBonus: 30, actionUsed: false });
    expect(() => use(r, { characterId: 'wren', feature: 'Cunning Action', option: 'hide' })).toThrow('already used their bonus action');
  });

  it('hides with a Stealth check against the foes\' best passive Perception; hidden, the next attack has advantage', () => {
    const r = table([['wren', 2]], { creatures: [dummy('gob', 'goblin', { x: 0, y: 4 })] });
    const out = use(r, { characterId: 'wren', feature: 'Cunning Action', option: 'hide' });
    const check = r.checks.at(-1)!;
    expect(check).toMatchObject({ skill: 'stealth', dc: 9 });
    expect(who(r, 'wren').effects.some((e) => e.id === 'hidden')).toBe(check.success);
    if (check.success) expect(r.attack('wren', 'gob', 'Shortsword').mode).toBe('advantage');
    expect(out.outcome).toMatch(/hides|noticed/);
  });

  it('disengages until the turn ends, and says which it takes', () => {
    const r = table([['wren', 2]], { creatures: [dummy('gob', 'goblin', { x: 6, y: 1 })] });
    fightOnTurnOf(r, 'wren');
    expect(() => use(r, { characterId: 'wren', feature: 'Cunning Action' })).toThrow('Cunning Action takes Dash, Disengage or Hide: say which');
    use(r, { characterId: 'wren', feature: 'Cunning Action', option: 'disengage' });
    expect(r.state.combat!.turn).toMatchObject({ disengaged: true, bonusActionUsed: true, actionUsed: false });
    r.endTurn('wren');
    expect(r.state.combat!.turn.disengaged).toBeUndefined();
  });
});
