import { describe, expect, it } from 'vitest';
import { useItem } from '@/lib/rules/actions/use-item';
import { findCharacter } from '@/lib/rules/state';
import { carrying, market, turnOf } from './goods-fixtures';

const carried = (state: ReturnType<typeof market>, id: string, item: string) => findCharacter(state, id)!.inventory.find((e) => e.item === item)?.quantity ?? 0;

describe('use_item', () => {
  it('drinks a potion of healing carried, used up, healing 2d4+2 from the data', () => {
    const resolver = turnOf(market(), 'kestrel');
    expect(() => resolver.act((turn) => useItem(turn, { characterId: 'kestrel', item: 'potion of healing' }))).toThrow(/Kestrel has no potion of healing/);
    const state = market(carrying('kestrel', [{ item: 'potion-of-healing-common', quantity: 1 }]));
    const turn = turnOf(state, 'kestrel');
    const result = turn.act((t) => useItem(t, { characterId: 'kestrel', item: 'Potion of Healing' }));
    expect(result.roll).toMatch(/^2d4\+2/);
    expect(result.healed).toBeGreaterThanOrEqual(4);
    expect(result.outcome).toMatch(/^Kestrel drinks Potion of Healing: \+\d+ HP/);
    expect(carried(turn.state, 'kestrel', 'potion-of-healing-common')).toBe(0);
  });

  it('gives a potion to someone within reach, and only to someone within reach', () => {
    const turn = turnOf(market());
    const result = turn.act((t) => useItem(t, { characterId: 'mira', item: 'potion-of-healing-common', targetId: 'kestrel' }));
    expect(result.outcome).toMatch(/^Mira Thorne gives Kestrel Potion of Healing/);
    expect(findCharacter(turn.state, 'kestrel')!.hp).toBeGreaterThan(3);
    const apart = market((s) => {
      s.grid = { width: 10, height: 1, cells: [Array(10).fill('floor')] } as never;
      s.party = s.party.map((c, i) => ({ ...c, position: { x: i * 4, y: 0 } }));
      s.creatures = [];
    });
    expect(() => turnOf(apart).act((t) => useItem(t, { characterId: 'mira', item: 'potion of healing', targetId: 'aldric' }))).toThrow(/20 feet from Brother Aldric/);
  });

  it('takes the action in a fight, and only on the user’s turn', () => {
    const turn = turnOf(market((s) => void (s.creatures = [])));
    turn.startCombat(['mira']);
    turn.act((t) => useItem(t, { characterId: 'mira', item: 'potion of healing' }));
    expect(turn.state.combat!.turn.actionUsed).toBe(true);
  });

  it('stabilises a dying creature with a healer’s kit, counting its uses', () => {
    const state = market(
      carrying('mira', [{ item: 'healers-kit', quantity: 1 }], (s) => {
        s.party = s.party.map((c) => (c.id === 'kestrel' ? { ...c, hp: 0, conditions: ['unconscious'] } : c));
      }),
    );
    const turn = turnOf(state);
    const result = turn.act((t) => useItem(t, { characterId: 'mira', item: "healer's kit", targetId: 'kestrel' }));
    expect(result.usesLeft).toBe(9);
    expect(findCharacter(turn.state, 'kestrel')!.stable).toBe(true);
    expect(() => turn.act((t) => useItem(t, { characterId: 'mira', item: "healer's kit", targetId: 'kestrel' }))).toThrow(/already stable/);
    expect(() => turn.act((t) => useItem(t, { characterId: 'mira', item: "healer's kit", targetId: 'aldric' }))).toThrow(/is not/);
  });

  it('drinks antitoxin, leaving an effect named for it that lasts an hour', () => {
    const state = market(carrying('mira', [{ item: 'antitoxin-vial', quantity: 1 }]));
    const turn = turnOf(state);
    turn.act((t) => useItem(t, { characterId: 'mira', item: 'antitoxin' }));
    expect(findCharacter(turn.state, 'mira')!.effects.map((e) => e.source.id)).toEqual(['antitoxin-vial']);
    expect(carried(turn.state, 'mira', 'antitoxin-vial')).toBe(0);
  });

  it('refuses what is not used up, saying what to do instead', () => {
    expect(() => turnOf(market()).act((t) => useItem(t, { characterId: 'mira', item: 'rapier' }))).toThrow(/equip it, or attack with it/);
  });

  it('reads a scroll only of a spell on the reader’s class list, and uses it up', () => {
    const withScroll = (id: string) => market(carrying(id, [{ item: 'spell-scroll-1st', base: 'cure-wounds', quantity: 1 }]));
    expect(() => turnOf(withScroll('mira')).act((t) => useItem(t, { characterId: 'mira', item: 'scroll of cure wounds' }))).toThrow(/not on the rogue spell list/);
    const turn = turnOf(withScroll('aldric'), 'aldric');
    const result = turn.act((t) => useItem(t, { characterId: 'aldric', item: 'scroll of cure wounds', targetId: 'kestrel' }));
    expect(result.scroll).toMatchObject({ spell: 'Cure Wounds', cast: true, saveDc: 13, attackBonus: 5 });
    expect(result.outcome).toMatch(/^Brother Aldric reads Spell Scroll of Cure Wounds, and the scroll crumbles: /);
    expect(findCharacter(turn.state, 'kestrel')!.hp).toBeGreaterThan(3);
    expect(carried(turn.state, 'aldric', 'spell-scroll-1st')).toBe(0);
  });

  it('makes a reader check against 10 + the level of a spell above what they can cast', () => {
    const state = market(carrying('aldric', [{ item: 'spell-scroll-2nd', base: 'aid', quantity: 1 }]));
    const turn = turnOf(state, 'aldric');
    const result = turn.act((t) => useItem(t, { characterId: 'aldric', item: 'scroll of aid', targetIds: ['aldric'] }));
    expect(result.scroll!.check!.dc).toBe(12);
    expect(turn.checks).toHaveLength(1);
    expect(result.scroll!.effects !== undefined).toBe(result.scroll!.cast);
    expect(carried(turn.state, 'aldric', 'spell-scroll-2nd')).toBe(0);
  });
});
