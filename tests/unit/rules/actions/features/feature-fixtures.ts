import { useFeature } from '@/lib/rules/actions/features/use-feature';
import type { UseFeatureInput } from '@/lib/rules/actions/features/feature-use';
import type { CreatureInput } from '@/lib/rules/creature';
import { pregens } from '@/lib/rules/pregens';
import { findCombatant, gameStateSchema, type Combatant } from '@/lib/rules/state';
import { TableResolver } from '@/lib/rules/table-resolver';
import { currentCombatantId } from '@/lib/rules/turn-flow';
import { atLevel } from '@/scripts/eval/hostile/levels';
import { arena } from '../../fixtures';

/** Party members by pregen id, at level 1 or the level given. */
export type Member = string | [string, number];

/**
 * The arena room with the party named (standing along the bottom row, in
 * order) and its two goblins, or other creatures put in their place.
 */
export function table(members: Member[], options: { creatures?: CreatureInput[]; seed?: number; actingFor?: string } = {}): TableResolver {
  const base = arena(options.seed ?? 11);
  const party = members.map((m, i) => {
    const [id, level] = typeof m === 'string' ? [m, 1] : m;
    const pregen = pregens.find((p) => p.id === id)!;
    return { ...(level > 1 ? atLevel(pregen, level) : pregen), position: { x: i, y: 5 } };
  });
  const state = gameStateSchema.parse({ ...base, party, creatures: options.creatures ?? base.creatures });
  return new TableResolver(state, options.actingFor);
}

/** A creature of the arena, made from a goblin or skeleton, with its armour class set (1: every hit lands; 30: only a 20 does). */
export function dummy(id: string, kind: 'goblin' | 'skeleton', at: { x: number; y: number }, ac = 1): CreatureInput {
  const base = arena(11).creatures[0]!;
  // A creature carries its stat block's type, so a goblin made a skeleton takes the skeleton's type too.
  const creatureType = kind === 'skeleton' ? 'undead' : 'humanoid (goblinoid)';
  return { ...base, statBlockId: kind, creatureType, name: kind === 'skeleton' ? 'Skeleton' : 'Goblin', id, ac, position: at, hp: 30, maxHp: 30 };
}

export function use(r: TableResolver, input: UseFeatureInput) {
  return r.act((turn) => useFeature(turn, input));
}

export function who(r: TableResolver, id: string): Combatant {
  return findCombatant(r.state, id)!;
}

/** Starts a fight (unless one is on) and passes turns until it is `id`'s. */
export function fightOnTurnOf(r: TableResolver, id: string): void {
  if (!r.state.combat) r.startCombat();
  for (let i = 0; i < 20 && currentCombatantId(r.state) !== id; i++) r.endTurn(currentCombatantId(r.state)!);
}

/** Takes hit points away by a patch, as a wound from elsewhere would. */
export function wound(r: TableResolver, id: string, hp: number): void {
  r.act((turn) => turn.commit([{ op: 'character.hp', characterId: id, hp }]));
}
