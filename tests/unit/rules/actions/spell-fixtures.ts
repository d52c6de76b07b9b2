import { castSpell, type CastRequest } from '@/lib/rules/actions/cast-spell';
import type { SpellOutcome } from '@/lib/rules/actions/spell-outcome';
import { applyPatches } from '@/lib/rules/patches';
import type { StoredCharacterInput } from '@/lib/rules/sheet/stored-character';
import { findCombatant, type Combatant, type GameState, type RulesState } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { currentCombatantId } from '@/lib/rules/turn-flow';
import { build } from '../sheet/make';
import { arena } from '../fixtures';

/** A level 5 wizard with the spells the tests cast, standing beside Oswin on the arena grid. */
export const ilse: StoredCharacterInput = {
  id: 'ilse',
  name: 'Ilse Varn',
  controller: 'ai',
  build: build('wizard', 5, { abilities: { method: 'standard-array', scores: { str: 8, dex: 14, con: 13, int: 15, wis: 12, cha: 10 } } }),
  xp: 6500,
  spells: {
    cantrips: ['fire-bolt', 'ray-of-frost', 'shocking-grasp', 'light'],
    known: ['magic-missile', 'shield', 'sleep', 'hold-person', 'scorching-ray', 'fireball', 'web', 'detect-magic', 'false-life'],
    prepared: ['magic-missile', 'shield', 'sleep', 'hold-person', 'scorching-ray', 'fireball', 'web', 'false-life'],
  },
  position: { x: 4, y: 5 },
};

/** The arena's table with Ilse added to the party. */
export function tableWithIlse(seed = 11): TableResolver {
  const state = arena(seed);
  return new TableResolver({ ...state, party: [...state.party, ilse] } as GameState);
}

export function cast(r: TableResolver, request: CastRequest): SpellOutcome {
  return r.act((turn) => castSpell(turn, request));
}

export function who(r: TableResolver | RulesState, id: string): Combatant {
  return findCombatant('state' in r ? r.state : r, id)!;
}

/** Starts a fight and passes turns until it is `id`'s. */
export function fightUntil(r: TableResolver, id: string): TableResolver {
  if (!r.state.combat) r.startCombat();
  for (let i = 0; i < 20 && currentCombatantId(r.state) !== id; i++) r.endTurn(currentCombatantId(r.state)!);
  return r;
}

/** The same table with a creature moved (a test's set-up, not a move). */
export function placed(r: TableResolver, id: string, x: number, y: number): TableResolver {
  return new TableResolver(applyPatches(r.state, [{ op: 'character.position', characterId: id, position: { x, y } }]) as GameState);
}
