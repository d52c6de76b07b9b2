import { describe, expect, it } from 'vitest';
import { disengage } from '@/lib/rules/actions/disengage';
import { takeOffer } from '@/lib/rules/actions/opportunity';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { battle, onTurnOf } from './battle';

describe('opportunity attacks', () => {
  it('leaving a monster’s reach provokes one, which the engine takes at once; its reaction is then spent for the round', () => {
    const r = battle({
      party: [
        { id: 'tamsin', at: { x: 3, y: 3 } },
        { id: 'wren', at: { x: 3, y: 4 } },
      ],
      creatures: [{ monster: 'goblin', id: 'gob', at: { x: 4, y: 3 } }],
    });
    onTurnOf(r, 'tamsin');
    const away = r.move('tamsin', { x: 0, y: 3 });
    expect(away.opportunityAttacks).toHaveLength(1);
    expect(away.opportunityAttacks[0]).toMatchObject({ attackerId: 'gob', targetId: 'tamsin', source: "Goblin's Scimitar" });
    expect(r.state.combat?.reactionsUsed).toContain('gob');
    onTurnOf(r, 'wren');
    expect(r.move('wren', { x: 0, y: 6 }).opportunityAttacks).toEqual([]);
  });

  it('moving within reach, or after disengaging, provokes nothing', () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 3, y: 3 } }], creatures: [{ monster: 'goblin', id: 'gob', at: { x: 4, y: 3 } }] });
    onTurnOf(r, 'tamsin');
    expect(r.move('tamsin', { x: 3, y: 4 }).opportunityAttacks).toEqual([]);
    r.act((t) => disengage(t, { characterId: 'tamsin' }));
    expect(r.state.combat?.turn).toMatchObject({ actionUsed: true, disengaged: true });
    expect(r.move('tamsin', { x: 0, y: 4 }).opportunityAttacks).toEqual([]);
    expect(r.state.combat?.reactionsUsed).not.toContain('gob');
  });

  it('only a trait like Nimble Escape makes Disengage a bonus action', () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 3, y: 3 } }], creatures: [{ monster: 'goblin', id: 'gob', at: { x: 4, y: 3 } }] });
    onTurnOf(r, 'tamsin');
    expect(() => r.act((t) => disengage(t, { characterId: 'tamsin', bonusAction: true }))).toThrow(/only a feature such as Cunning Action/);
    onTurnOf(r, 'gob');
    expect(r.act((t) => disengage(t, { characterId: 'gob', bonusAction: true }))).toMatchObject({ used: 'bonus action' });
    expect(r.state.combat?.turn).toMatchObject({ actionUsed: false, bonusActionUsed: true, disengaged: true });
  });

  it('a person’s character is offered the attack and takes it when the DM says so; once, and not one never provoked', () => {
    const r = battle({
      party: [
        { id: 'mira', at: { x: 3, y: 3 }, controller: 'human' },
        { id: 'kestrel', at: { x: 6, y: 6 } },
      ],
      creatures: [{ monster: 'goblin', id: 'gob', at: { x: 4, y: 3 } }],
    });
    onTurnOf(r, 'gob');
    const fled = r.move('gob', { x: 8, y: 3 });
    expect(fled.opportunityAttacks).toEqual([]);
    expect(fled.offered).toEqual(['mira']);
    expect(r.state.combat?.opportunities).toEqual([{ reactorId: 'mira', moverId: 'gob', at: { x: 4, y: 3 } }]);
    expect(() => r.act((t) => takeOffer(t, 'kestrel', 'gob'))).toThrow(/no opportunity attack to take/);
    const struck = r.act((t) => takeOffer(t, 'mira', 'gob'));
    expect(struck).toMatchObject({ attackerId: 'mira', targetId: 'gob', attack: 'Rapier', source: "Mira Thorne's Rapier" });
    expect(() => r.act((t) => takeOffer(t, 'mira', 'gob'))).toThrow(RuleViolation);
    expect(r.state.combat?.reactionsUsed).toContain('mira');
  });

  it('an offer lapses when the turn ends', () => {
    const r = battle({ party: [{ id: 'mira', at: { x: 3, y: 3 }, controller: 'human' }], creatures: [{ monster: 'goblin', id: 'gob', at: { x: 4, y: 3 } }] });
    onTurnOf(r, 'gob');
    r.move('gob', { x: 8, y: 3 });
    r.endTurn('gob');
    expect(r.state.combat?.opportunities).toEqual([]);
  });

  it('an AI player strikes at once, and a second reaction in the round is refused', () => {
    const r = battle({
      party: [{ id: 'kestrel', at: { x: 3, y: 3 } }],
      creatures: [
        { monster: 'goblin', id: 'gob', at: { x: 4, y: 3 } },
        { monster: 'goblin', id: 'gob-2', at: { x: 2, y: 3 } },
      ],
    });
    onTurnOf(r, 'gob');
    expect(r.move('gob', { x: 8, y: 3 }).opportunityAttacks.map((a) => a.attackerId)).toEqual(['kestrel']);
    onTurnOf(r, 'gob-2');
    expect(r.move('gob-2', { x: 0, y: 6 }).opportunityAttacks).toEqual([]);
  });

  it('an opportunity attack that drops the mover stops it where it was struck', () => {
    // Seeds differ in whether the ogre hits; the first that hits shows the stop.
    for (let seed = 1; seed < 20; seed++) {
      const r = battle({ party: [{ id: 'tamsin', at: { x: 3, y: 3 } }], creatures: [{ monster: 'ogre', id: 'ogre', at: { x: 4, y: 3 } }], seed });
      onTurnOf(r, 'tamsin');
      r.act((t) => t.commit([{ op: 'character.hp', characterId: 'tamsin', hp: 1 }]));
      const moved = r.move('tamsin', { x: 0, y: 3 });
      if (!moved.opportunityAttacks[0]?.hit) continue;
      expect(moved.stoppedAt).toEqual({ x: 3, y: 3 });
      expect(moved.cost).toBe(0);
      expect(r.state.party[0]).toMatchObject({ hp: 0, position: { x: 3, y: 3 } });
      return;
    }
    throw new Error('no seed made the ogre hit');
  });
});
