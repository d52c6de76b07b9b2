import { isIncapacitated } from '../conditions';
import type { StatePatch } from '../patches';
import type { TurnContext } from '../resolver-core';
import { endConcentrationPatches } from '../sheet/effect-patches';
import { allCombatants, findCombatant, type RulesState } from '../state';
import { rollSave } from './saves';

/** The Constitution save to keep concentrating after damage: DC 10, or half the damage if that is higher. */
export function concentrationDc(damage: number): number {
  return Math.max(10, Math.floor(damage / 2));
}

/**
 * Who took damage in a batch of patches, and how much, among creatures
 * concentrating before and after it. Damage is what hit points and
 * temporary hit points fell by through the batch's own hit point patches:
 * a maximum lowered by an effect ending is not damage, and a rest that
 * clears temporary hit points ends concentration first.
 */
export function damageWhileConcentrating(before: RulesState, after: RulesState, patches: readonly StatePatch[]): Array<{ id: string; damage: number }> {
  const touched = new Set(patches.flatMap((p) => (p.op === 'character.hp' || p.op === 'character.tempHp' ? [p.characterId] : [])));
  return [...touched].flatMap((id) => {
    const was = findCombatant(before, id);
    const now = findCombatant(after, id);
    if (!was?.concentration || !now?.concentration || was.concentration.spell !== now.concentration.spell) return [];
    const damage = was.hp + was.tempHp - (now.hp + now.tempHp);
    return damage > 0 ? [{ id, damage }] : [];
  });
}

/** Concentration that cannot go on: its creature is dead or incapacitated (unconscious, paralysed, stunned...). */
export function lapsedConcentrationPatches(state: RulesState): StatePatch[] {
  return allCombatants(state)
    .filter((c) => c.concentration && (c.dead || isIncapacitated(c)))
    .flatMap((c) => endConcentrationPatches(state, c.id));
}

/**
 * What a batch of changes does to concentration, whatever dealt them (an
 * attack, a spell, a hazard): each concentrating creature that took damage
 * saves, and a failure ends its spell; concentration its creature can no
 * longer hold ends.
 */
export function keepConcentration(turn: TurnContext, before: RulesState, patches: readonly StatePatch[]): void {
  for (const hurt of damageWhileConcentrating(before, turn.state, patches)) {
    const c = turn.combatant(hurt.id);
    if (!c.concentration || c.dead || isIncapacitated(c)) continue;
    const save = rollSave(turn, hurt.id, 'con', concentrationDc(hurt.damage));
    if (!save.success) turn.commit(endConcentrationPatches(turn.state, hurt.id));
  }
  const lapsed = lapsedConcentrationPatches(turn.state);
  if (lapsed.length) turn.commit(lapsed);
}
