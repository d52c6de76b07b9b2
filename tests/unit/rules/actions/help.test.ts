import { describe, expect, it } from 'vitest';
import { help } from '@/lib/rules/actions/help';
import { battle, onTurnOf } from './battle';

describe('the Help action', () => {
  it('gives an ally advantage on its next attack roll against a foe beside the helper, and the roll uses it up', () => {
    const r = battle({
      party: [
        { id: 'tamsin', at: { x: 3, y: 3 } },
        { id: 'wren', at: { x: 4, y: 4 } },
      ],
      creatures: [{ monster: 'goblin', id: 'gob', at: { x: 4, y: 3 } }],
    });
    onTurnOf(r, 'tamsin');
    const given = r.act((t) => help(t, { helperId: 'tamsin', allyId: 'wren', targetId: 'gob' }));
    expect(given).toMatchObject({ on: 'attack roll', targetId: 'gob', until: "the start of Tamsin Holloway's next turn" });
    expect(r.state.combat?.turn.actionUsed).toBe(true);
    expect(r.state.party[1]!.effects.map((e) => e.source)).toEqual([{ kind: 'action', id: 'help', by: 'tamsin' }]);
    onTurnOf(r, 'wren');
    const attack = r.attack('wren', 'gob', 'Shortsword');
    expect(attack.reasons.advantage).toContain('help');
    expect(r.state.party[1]!.effects).toEqual([]);
  });

  it('without a foe named it helps the next ability check; the helper must stand beside a foe it distracts', () => {
    const r = battle({
      party: [
        { id: 'tamsin', at: { x: 1, y: 1 } },
        { id: 'wren', at: { x: 4, y: 4 } },
      ],
      creatures: [{ monster: 'goblin', id: 'gob', at: { x: 8, y: 3 } }],
    });
    onTurnOf(r, 'tamsin');
    expect(() => r.act((t) => help(t, { helperId: 'tamsin', allyId: 'wren', targetId: 'gob' }))).toThrow(/must be within 5 feet of Goblin/);
    expect(() => r.act((t) => help(t, { helperId: 'tamsin', allyId: 'tamsin' }))).toThrow(/cannot help themselves/);
    expect(r.act((t) => help(t, { helperId: 'tamsin', allyId: 'wren' })).on).toBe('ability check');
  });

  it('lapses when the helper’s next turn starts', () => {
    const r = battle({
      party: [
        { id: 'tamsin', at: { x: 3, y: 3 } },
        { id: 'wren', at: { x: 4, y: 4 } },
      ],
      creatures: [{ monster: 'goblin', id: 'gob', at: { x: 9, y: 6 } }],
    });
    onTurnOf(r, 'tamsin');
    r.act((t) => help(t, { helperId: 'tamsin', allyId: 'wren' }));
    r.endTurn('tamsin');
    onTurnOf(r, 'tamsin');
    expect(r.state.party[1]!.effects).toEqual([]);
  });
});
