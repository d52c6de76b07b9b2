import type { StatePatch } from '../patches';
import { RuleViolation } from '../rule-violation';
import { allCombatants, findCombatant, type Combatant, type RulesState } from '../state';
import { effectSchema, modifiersOf, type Effect, type EffectEnd, type EffectInput } from './effects';
import type { Concentration } from './spellbook';

/** A point in time effects may end at: a turn's start or end in a fight, a rest, or minutes passing. */
export type EffectMoment =
  | { kind: 'turn'; edge: 'start' | 'end'; of: string; round: number }
  | { kind: 'rest'; rest: 'short' | 'long' }
  | { kind: 'minutes'; minutes: number };

/** A short rest takes an hour, a long rest eight. */
const restMinutes = { short: 60, long: 480 };

function endsAt(end: EffectEnd, effect: Effect, moment: EffectMoment): boolean {
  if (moment.kind === 'turn') {
    if (end.kind === 'turn') return end.of === moment.of && end.edge === moment.edge && moment.round >= end.round;
    // A spell's rounds run from its caster's turn to the same point that many rounds later.
    if (end.kind === 'rounds') return moment.edge === 'start' && moment.of === effect.source.by && moment.round >= end.startedRound + end.rounds;
    return false;
  }
  const minutes = moment.kind === 'rest' ? restMinutes[moment.rest] : moment.minutes;
  switch (end.kind) {
    case 'turn':
    case 'rounds':
      // Fights are over long before a rest or a stretch of minutes.
      return true;
    case 'minutes':
      return end.minutes <= minutes;
    case 'short rest':
      return moment.kind === 'rest';
    case 'long rest':
      return moment.kind === 'rest' && moment.rest === 'long';
    case 'concentration':
    case 'damage':
      // These end on their own events (a caster's concentration ending, the holder taking damage), not with time.
      return false;
  }
}

/** The effects on a combatant that end at a moment: whichever of an effect's ends comes first. */
export function effectsEndingAt(c: Pick<Combatant, 'effects'>, moment: EffectMoment): Effect[] {
  return c.effects.filter((effect) => effect.ends.some((end) => endsAt(end, effect, moment)));
}

/**
 * Patches ending effects on one holder, and the conditions they imposed
 * that no effect left on it still imposes (a paralysis ends with its Hold
 * Person; the patch says so, so the log shows it).
 */
export function endEffectsPatches(holder: Combatant, ended: readonly Effect[]): StatePatch[] {
  if (ended.length === 0) return [];
  const endedIds = new Set(ended.map((e) => e.id));
  const imposed = (effects: readonly Effect[]) => new Set(modifiersOf(effects, 'condition').map((m) => m.condition));
  const still = imposed(holder.effects.filter((e) => !endedIds.has(e.id)));
  // A creature at 0 HP stays unconscious whatever magic also put it to sleep.
  if (holder.hp === 0) still.add('unconscious');
  const lifted = [...imposed(ended)].filter((k) => !still.has(k) && holder.conditions.includes(k));
  const patches = ended.map((e): StatePatch => ({ op: 'character.effectEnded', characterId: holder.id, effectId: e.id }));
  if (lifted.length) patches.push({ op: 'character.conditions', characterId: holder.id, conditions: holder.conditions.filter((k) => !lifted.includes(k)) });
  return patches;
}

/** Patches ending every effect at the table that ends at a moment. */
export function expiredEffectPatches(state: RulesState, moment: EffectMoment): StatePatch[] {
  return allCombatants(state).flatMap((c) => endEffectsPatches(c, effectsEndingAt(c, moment)));
}

/** Puts an effect on a character or creature. */
export function addEffectPatch(holder: Combatant, effect: EffectInput): StatePatch {
  return { op: 'character.effect', characterId: holder.id, effect: effectSchema.parse(effect) };
}

export function endEffectPatch(holder: Combatant, effectId: string): StatePatch {
  if (!holder.effects.some((e) => e.id === effectId)) throw new RuleViolation(`${holder.name} has no effect "${effectId}"`);
  return { op: 'character.effectEnded', characterId: holder.id, effectId };
}

/** Ends a caster's concentration and every effect that lasted only while it concentrated. */
export function endConcentrationPatches(state: RulesState, casterId: string): StatePatch[] {
  const caster = findCombatant(state, casterId);
  if (!caster?.concentration) return [];
  const spell = caster.concentration.spell;
  const ended = allCombatants(state).flatMap((c) =>
    endEffectsPatches(
      c,
      c.effects.filter((e) => e.source.by === casterId && e.source.id === spell && e.ends.some((end) => end.kind === 'concentration')),
    ),
  );
  return [{ op: 'character.concentration', characterId: casterId, concentration: null }, ...ended];
}

/** Starts concentrating on a spell, which ends any concentration already held. */
export function startConcentrationPatches(state: RulesState, casterId: string, concentration: Concentration): StatePatch[] {
  if (!findCombatant(state, casterId)) throw new RuleViolation(`No character "${casterId}" at this table`);
  return [...endConcentrationPatches(state, casterId), { op: 'character.concentration', characterId: casterId, concentration }];
}
