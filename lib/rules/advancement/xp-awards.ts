import { isIncapacitated } from '../conditions';
import type { Creature } from '../creature';
import { applyPatches, type StatePatch } from '../patches';
import { RuleViolation } from '../rule-violation';
import { gainXpPatch } from '../sheet/progress-patches';
import { xpForChallenge } from '../srd/progression';
import type { RulesState } from '../state';

/** The most XP a game master's milestone may give one character at once (a level 19 to 20 step is 50,000). */
export const MAX_MILESTONE_XP = 50_000;

/**
 * Experience shared out, as the log records it: from creatures the party
 * defeated (each named with its XP by challenge rating) or a game master's
 * milestone (with who gave it and why), the characters who shared it and
 * what each gained.
 */
export type XpAward = {
  source: 'defeat' | 'milestone';
  reason: string;
  /** Who awarded a milestone; null for the engine's own awards. */
  by: string | null;
  creatures: Array<{ id: string; name: string; xp: number }>;
  characterIds: string[];
  each: number;
  patches: StatePatch[];
};

function creatureXp(c: Creature): number {
  try {
    return xpForChallenge(c.challenge);
  } catch {
    // A hand-written stat block with a rating off the SRD's table is worth nothing rather than a guess.
    return 0;
  }
}

/** A foe the party has beaten: dead, or (when a fight it was in ends) down or unable to act. */
function defeated(c: Creature, fightOver: boolean): boolean {
  if (!c.hostile || c.xpAwarded) return false;
  return c.dead || (fightOver && (c.hp === 0 || isIncapacitated(c)));
}

/**
 * The XP of hostile creatures the party has defeated and not yet been
 * given experience for, shared evenly (rounded down) among `sharers`
 * (those who fought and are alive); each creature is marked so it is
 * never counted twice. `fightOver` when a fight the party won has just
 * ended: then the downed and helpless count too, not only the dead.
 * Null when there is nothing to award.
 */
export function defeatAward(state: RulesState, sharers: readonly string[], fightOver: boolean): { state: RulesState; award: XpAward } | null {
  const beaten = state.creatures.filter((c) => defeated(c, fightOver));
  const alive = state.party.filter((c) => sharers.includes(c.id) && !c.dead);
  if (beaten.length === 0 || alive.length === 0) return null;
  const creatures = beaten.map((c) => ({ id: c.id, name: c.name, xp: creatureXp(c) }));
  const total = creatures.reduce((sum, c) => sum + c.xp, 0);
  const each = Math.floor(total / alive.length);
  const patches: StatePatch[] = [
    ...beaten.map((c): StatePatch => ({ op: 'creature.xpAwarded', creatureId: c.id })),
    ...(each > 0 ? alive.map((c) => gainXpPatch(c, each)) : []),
  ];
  const reason = `Defeated ${creatures.map((c) => `${c.name} (${c.xp} XP)`).join(', ')}`;
  const award: XpAward = { source: 'defeat', reason, by: null, creatures, characterIds: alive.map((c) => c.id), each, patches };
  return { state: applyPatches(state, patches), award };
}

/** A game master's milestone: the same amount to each character named (or the whole party), with a reason. */
export function milestoneAward(
  state: RulesState,
  input: { characterIds: string[] | 'party'; amount: number; reason: string; by: string },
): { state: RulesState; award: XpAward } {
  if (!Number.isInteger(input.amount) || input.amount < 1 || input.amount > MAX_MILESTONE_XP) {
    throw new RuleViolation(`A milestone gives 1 to ${MAX_MILESTONE_XP} XP`);
  }
  const ids = input.characterIds === 'party' ? state.party.filter((c) => !c.dead).map((c) => c.id) : [...new Set(input.characterIds)];
  const characters = ids.map((id) => {
    const c = state.party.find((p) => p.id === id);
    if (!c) throw new RuleViolation(`There is no character "${id}" in the party`);
    return c;
  });
  if (characters.length === 0) throw new RuleViolation('Nobody in the party can gain experience');
  const patches = characters.map((c) => gainXpPatch(c, input.amount));
  const award: XpAward = { source: 'milestone', reason: input.reason, by: input.by, creatures: [], characterIds: ids, each: input.amount, patches };
  return { state: applyPatches(state, patches), award };
}
