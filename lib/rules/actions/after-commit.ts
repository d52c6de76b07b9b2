import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { endEffectsPatches } from '../sheet/effect-patches';
import { findCombatant, type RulesState } from '../state';
import { keepConcentration } from './concentration';

/** Who took damage in a batch of changes, and how much. */
export type Hurt = { id: string; damage: number };

/**
 * Who took damage in a batch of patches, and how much: what hit points and
 * temporary hit points fell by through the batch's own hit point patches.
 * A maximum lowered by an effect ending is not damage; a rest that clears
 * temporary hit points is not a blow either, which callers allow for.
 */
export function damageTaken(before: RulesState, after: RulesState, patches: readonly StatePatch[]): Hurt[] {
  const touched = new Set(patches.flatMap((p) => (p.op === 'character.hp' || p.op === 'character.tempHp' ? [p.characterId] : [])));
  return [...touched].flatMap((id) => {
    const was = findCombatant(before, id);
    const now = findCombatant(after, id);
    if (!was || !now) return [];
    const damage = was.hp + was.tempHp - (now.hp + now.tempHp);
    return damage > 0 ? [{ id, damage }] : [];
  });
}

/**
 * What the rules do after any change lands, whatever made it (an attack, a
 * spell, a hazard, a condition): effects that end when their holder takes
 * damage end (a magical sleep), concentration is kept or broken, and
 * concentration its creature can no longer hold ends.
 */
export function afterCommit(turn: TurnContext, before: RulesState, patches: readonly StatePatch[]): void {
  const hurt = damageTaken(before, turn.state, patches);
  for (const { id } of hurt) {
    const holder = turn.combatant(id);
    turn.commit(endEffectsPatches(holder, holder.effects.filter((e) => e.ends.some((end) => end.kind === 'damage'))));
  }
  keepConcentration(turn, before, hurt);
}
