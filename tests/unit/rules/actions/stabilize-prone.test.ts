import { describe, expect, it } from 'vitest';
import { dropProne } from '@/lib/rules/actions/prone';
import { stabilize } from '@/lib/rules/actions/stabilize';
import { findCombatant } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { arena } from '../fixtures';

const dying = (r: TableResolver, id: string) =>
  r.act((turn) => turn.commit([{ op: 'character.hp', characterId: id, hp: 0 }, { op: 'character.conditions', characterId: id, conditions: ['unconscious', 'prone'] }]));

describe('first aid', () => {
  it('is a DC 10 Medicine check that stabilises a dying creature beside the healer and heals nothing', () => {
    let stable = 0;
    for (let seed = 1; seed <= 8; seed++) {
      const r = new TableResolver(arena(seed));
      dying(r, 'oswin');
      const out = r.act((turn) => stabilize(turn, 'hesper', 'oswin'));
      expect(out.check).toMatchObject({ characterId: 'hesper', skill: 'medicine', dc: 10 });
      expect(findCombatant(r.state, 'oswin')).toMatchObject({ hp: 0, stable: out.stable });
      stable += out.stable ? 1 : 0;
    }
    expect(stable).toBeGreaterThan(0);
  });

  it('is only for the dying, within reach', () => {
    const r = new TableResolver(arena());
    expect(() => r.act((turn) => stabilize(turn, 'hesper', 'oswin'))).toThrow('Oswin Marrow is not dying: Medicine stabilises a creature at 0 hit points');
    dying(r, 'tamsin');
    expect(() => r.act((turn) => stabilize(turn, 'wren', 'tamsin'))).toThrow('Tamsin Holloway is out of reach');
  });
});

describe('dropping prone', () => {
  it('is a creature\'s own choice, and standing up costs half its speed', () => {
    const r = new TableResolver(arena());
    r.act((turn) => dropProne(turn, 'tamsin'));
    expect(findCombatant(r.state, 'tamsin')!.conditions).toEqual(['prone']);
    expect(() => r.act((turn) => dropProne(turn, 'tamsin'))).toThrow('already prone');
    expect(r.standUp('tamsin').cost).toBe(15);
  });
});
