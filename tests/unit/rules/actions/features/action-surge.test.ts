import { describe, expect, it } from 'vitest';
import { dummy, fightOnTurnOf, table, use } from './feature-fixtures';

const foe = [dummy('gob', 'goblin', { x: 1, y: 4 })];

describe('Action Surge', () => {
  it('gives a fighter of level 2 one more action after the first, once a turn', () => {
    const r = table([['tamsin', 2]], { creatures: foe });
    fightOnTurnOf(r, 'tamsin');
    r.attack('tamsin', 'gob', 'Longsword');
    expect(() => r.attack('tamsin', 'gob', 'Longsword')).toThrow('already used their action');
    expect(use(r, { characterId: 'tamsin', feature: 'Action Surge' }).outcome).toContain('one more action this turn');
    expect(r.attack('tamsin', 'gob', 'Longsword').attackerId).toBe('tamsin');
    expect(() => use(r, { characterId: 'tamsin', feature: 'Action Surge' })).toThrow(/already used Action Surge this turn|no uses of Action Surge left/);
  });

  it('is not for a level 1 fighter, before the action is spent, or outside a fight', () => {
    const low = table(['tamsin'], { creatures: foe });
    expect(() => use(low, { characterId: 'tamsin', feature: 'Action Surge' })).toThrow('Action Surge comes at fighter level 2; Tamsin Holloway is a level 1 fighter');
    const r = table([['tamsin', 2]], { creatures: foe });
    expect(() => use(r, { characterId: 'tamsin', feature: 'Action Surge' })).toThrow('outside one, nobody counts actions');
    fightOnTurnOf(r, 'tamsin');
    expect(() => use(r, { characterId: 'tamsin', feature: 'Action Surge' })).toThrow("has not used this turn's action yet");
  });

  it('comes back on a short rest', () => {
    const r = table([['tamsin', 2]], { creatures: foe });
    fightOnTurnOf(r, 'tamsin');
    r.dodge('tamsin');
    use(r, { characterId: 'tamsin', feature: 'Action Surge' });
    r.endCombat();
    r.rest('tamsin', 'short');
    expect(r.state.party[0]!.resources['action-surge-1-use']).toBe(0);
  });
});
