import { spawnCreature } from '@/lib/rules/creature';
import { bestiary } from '@/lib/rules/bestiary';
import { gameStateSchema, type RulesState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { sampleState } from '../fixtures';

/**
 * The sample party in a place with things to take and buy: an offering
 * bowl with two potions and coins, a locked chest, an empty box, a
 * merchant, a dead goblin and a living one. Mira carries a potion of
 * healing and 15 gp (the acolyte's purse); Kestrel is hurt.
 */
export function market(changes: (state: Table) => void = () => {}): RulesState {
  const state = sampleState();
  const scene = {
    ...state.scene,
    containers: [
      { id: 'offering-bowl', name: 'Offering bowl', items: [{ item: 'potion-of-healing-common', quantity: 2 }, { item: 'spell-scroll-1st', base: 'cure-wounds', quantity: 1 }], coins: { gp: 12, sp: 4 } },
      { id: 'iron-chest', name: 'Iron chest', items: [{ item: 'dagger', quantity: 1 }], locked: true },
      { id: 'empty-box', name: 'Empty box' },
    ],
    merchants: [
      {
        id: 'tam',
        name: 'Old Tam',
        stock: [{ item: 'rope-hempen-50-feet' }, { item: 'arrow' }, { item: 'chain-mail' }, { item: 'healers-kit' }, { item: 'potion-of-healing-common', price: { amount: 50, unit: 'gp' as const } }],
      },
    ],
  };
  const party = state.party.map((c) => (c.id === 'mira' && 'build' in c ? { ...c, inventory: [...(c.inventory ?? []), { item: 'potion-of-healing-common', quantity: 1 }] } : c.id === 'kestrel' ? { ...c, hp: 3 } : c));
  const dead = { ...spawnCreature(bestiary.goblin, { id: 'dead-goblin' }), hp: 0, dead: true };
  const living = spawnCreature(bestiary.goblin, { id: 'goblin' });
  const next = { ...state, scene, party, creatures: [dead, living] };
  changes(next);
  return gameStateSchema.parse(next);
}

type Table = ReturnType<typeof sampleState>;

/** A change to market(): one party member carries more. */
export function carrying(id: string, items: Array<{ item: string; quantity: number; base?: string; attuned?: boolean }>, more: (state: Table) => void = () => {}) {
  return (state: Table) => {
    state.party = state.party.map((c) => (c.id === id && 'build' in c ? { ...c, inventory: [...(c.inventory ?? []), ...items] } : c));
    more(state);
  };
}

/** A resolver for a turn that resolves this character's action. */
export function turnOf(state: RulesState, actingFor = 'mira'): TableResolver {
  return new TableResolver(state, actingFor);
}
