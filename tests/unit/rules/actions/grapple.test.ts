import { describe, expect, it } from 'vitest';
import { escapeGrapple, grapple, shove, sizeOf } from '@/lib/rules/actions/grapple';
import { battle, onTurnOf } from './battle';

const tamsinAndGoblin = (seed = 5) =>
  battle({ party: [{ id: 'tamsin', at: { x: 3, y: 3 } }], creatures: [{ monster: 'goblin', id: 'gob', at: { x: 4, y: 3 } }], seed });

describe('grappling', () => {
  it('an Athletics contest as one attack of the Attack action; won, the target is grappled with its grappler named', () => {
    for (let seed = 1; seed < 30; seed++) {
      const r = tamsinAndGoblin(seed);
      onTurnOf(r, 'tamsin');
      const result = r.act((t) => grapple(t, { attackerId: 'tamsin', targetId: 'gob' }));
      expect(result.resistedWith).toBe('acrobatics');
      expect(result.success).toBe(result.attackerTotal > result.targetTotal);
      expect(r.state.combat?.turn.actionUsed).toBe(true);
      expect(r.checks.map((c) => c.skill)).toEqual(['athletics', 'acrobatics']);
      if (!result.success) continue;
      const gob = r.state.creatures[0]!;
      expect(gob.conditions).toContain('grappled');
      expect(gob.conditionSources.grappled).toBe('tamsin');
      expect(() => r.act((t) => grapple(t, { attackerId: 'tamsin', targetId: 'gob' }))).toThrow(/already has Goblin grappled/);
      return;
    }
    throw new Error('no seed let Tamsin win the contest');
  });

  it('refuses a target two sizes larger, and one out of reach', () => {
    const r = battle({
      party: [{ id: 'wren', at: { x: 3, y: 3 } }],
      creatures: [
        { monster: 'ogre', id: 'ogre', at: { x: 4, y: 3 } },
        { monster: 'goblin', id: 'gob', at: { x: 8, y: 3 } },
      ],
    });
    onTurnOf(r, 'wren');
    expect(sizeOf(r.state.creatures[0]!)).toBe('large');
    expect(() => r.act((t) => grapple(t, { attackerId: 'wren', targetId: 'ogre' }))).not.toThrow();
    const giant = battle({ party: [{ id: 'wren', at: { x: 3, y: 3 } }], creatures: [{ monster: 'hill giant', id: 'giant', at: { x: 4, y: 3 } }] });
    onTurnOf(giant, 'wren');
    expect(() => giant.act((t) => grapple(t, { attackerId: 'wren', targetId: 'giant' }))).toThrow(/huge .* at most one size larger/);
    expect(() => r.act((t) => shove(t, { attackerId: 'wren', targetId: 'gob', effect: 'prone' }))).toThrow(/Goblin is out of Wren Ashdown's reach/);
  });

  it('the grappled creature escapes with its action; a grappler that moves away lets go', () => {
    for (let seed = 1; seed < 30; seed++) {
      const r = tamsinAndGoblin(seed);
      onTurnOf(r, 'tamsin');
      if (!r.act((t) => grapple(t, { attackerId: 'tamsin', targetId: 'gob' })).success) continue;
      onTurnOf(r, 'gob');
      expect(() => r.move('gob', { x: 6, y: 3 })).toThrow(/speed is 0/);
      const tried = r.act((t) => escapeGrapple(t, { characterId: 'gob' }));
      expect(tried.grapplerId).toBe('tamsin');
      expect(r.state.creatures[0]!.conditions.includes('grappled')).toBe(!tried.escaped);
      if (tried.escaped) return;
      onTurnOf(r, 'tamsin');
      r.move('tamsin', { x: 0, y: 3 });
      expect(r.state.creatures[0]!.conditions).not.toContain('grappled');
      return;
    }
    throw new Error('no seed let Tamsin win the contest');
  });
});

describe('shoving', () => {
  it('won, knocks the target prone or pushes it a square straight away', () => {
    let prone = false;
    let pushed = false;
    for (let seed = 1; seed < 40 && !(prone && pushed); seed++) {
      const r = tamsinAndGoblin(seed);
      onTurnOf(r, 'tamsin');
      const effect = prone ? 'push' : 'prone';
      const result = r.act((t) => shove(t, { attackerId: 'tamsin', targetId: 'gob', effect }));
      if (!result.success) continue;
      const gob = r.state.creatures[0]!;
      if (effect === 'prone') {
        expect(gob.conditions).toContain('prone');
        prone = true;
      } else {
        expect(result.pushedTo).toEqual({ x: 5, y: 3 });
        expect(gob.position).toEqual({ x: 5, y: 3 });
        pushed = true;
      }
    }
    expect([prone, pushed]).toEqual([true, true]);
  });

  it('refuses a push into a wall before any die is rolled', () => {
    const r = battle({ party: [{ id: 'tamsin', at: { x: 3, y: 3 } }], creatures: [{ monster: 'goblin', id: 'gob', at: { x: 4, y: 3 } }], rows: ['.....#......', '.....#......', '.....#......', '.....#......', '.....#......', '.....#......', '.....#......', '.....#......'] });
    onTurnOf(r, 'tamsin');
    const rolled = r.state.rollCount;
    expect(() => r.act((t) => shove(t, { attackerId: 'tamsin', targetId: 'gob', effect: 'push' }))).toThrow(/no free square behind Goblin/);
    expect(r.state.rollCount).toBe(rolled);
  });
});
