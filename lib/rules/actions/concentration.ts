import { isIncapacitated } from '../conditions';
import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { endConcentrationPatches } from '../sheet/effect-patches';
import { allCombatants, findCombatant, type RulesState } from '../state';
import { rollSave } from './saves';

/** The Constitution save to keep concentrating after damage: DC 10, or half the damage if that is higher. */
export function concentrationDc(damage: number): number {
  return Math.max(10, Math.floor(damage / 2));
}

/** Concentration that cannot go on: its creature is dead or incapacitated (unconscious, paralysed, stunned...). */
export function lapsedConcentrationPatches(state: RulesState): StatePatch[] {
  return allCombatants(state)
    .filter((c) => c.concentration && (c.dead || isIncapacitated(c)))
    .flatMap((c) => endConcentrationPatches(state, c.id));
}

/**
 * What damage and incapacity do to concentration: each creature that took
 * damage while concentrating (before the change and still after it, so a
 * rest's sleep or a new spell is not a blow) saves, and a failure ends its
 * spell; concentration its creature can no longer hold ends.
 */
export function keepConcentration(turn: TurnContext, before: RulesState, hurt: ReadonlyArray<{ id: string; damage: number }>): void {
  for (const { id, damage } of hurt) {
    const was = findCombatant(before, id)?.concentration;
    const c = turn.combatant(id);
    if (!was || c.concentration?.spell !== was.spell || c.dead || isIncapacitated(c)) continue;
    const save = rollSave(turn, id, 'con', concentrationDc(damage));
    if (!save.success) turn.commit(endConcentrationPatches(turn.state, id));
  }
  const lapsed = lapsedConcentrationPatches(turn.state);
  if (lapsed.length) turn.commit(lapsed);
}
