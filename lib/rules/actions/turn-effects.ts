import type { TurnContext } from '../turn-context';
import { endConcentrationPatches, endEffectsPatches, expiredEffectPatches } from '../sheet/effect-patches';
import { allCombatants, type Combatant } from '../state';
import { rollSave } from './saves';
import { spellOf } from './spell-repertoire';

/**
 * What the rules do as a creature's turn ends: each effect that lets it
 * save again at the end of its turns (Hold Person) gets that save, and a
 * success ends the effect on it; then every effect at the table that lasts
 * until this turn's end (or its turn's end a number of rounds on) ends.
 */
export function endOfTurn(turn: TurnContext, creatureId: string, round: number): void {
  const holder = turn.combatant(creatureId);
  for (const effect of holder.effects) {
    const repeat = effect.modifiers.find((m) => m.kind === 'condition' && m.repeatSave !== null);
    if (repeat?.kind !== 'condition' || !repeat.repeatSave || turn.combatant(creatureId).dead) continue;
    const save = rollSave(turn, creatureId, repeat.repeatSave.ability, repeat.repeatSave.dc);
    const now = turn.combatant(creatureId);
    const still = now.effects.find((e) => e.id === effect.id);
    if (save.success && still) turn.commit(endEffectsPatches(now, [still]));
  }
  turn.commit(expiredEffectPatches(turn.state, { kind: 'turn', edge: 'end', of: creatureId, round }));
}

/** As a creature's turn starts, the effects that last until then end (Shield, Ray of Frost's chill) and rounds-long spells it cast run out. */
export function startOfTurn(turn: TurnContext, creatureId: string, round: number): void {
  turn.commit(expiredEffectPatches(turn.state, { kind: 'turn', edge: 'start', of: creatureId, round }));
}

/** When a fight ends, effects that last until some creature's turn starts or ends end too: those turns will not come. */
export function fightOver(turn: TurnContext): void {
  turn.commit(allCombatants(turn.state).flatMap((c) => endEffectsPatches(c, c.effects.filter((e) => e.ends.some((end) => end.kind === 'turn')))));
}

/** A spell's duration in minutes as its caster has it, or null when it has none to run out (instantaneous, until dispelled). */
function durationMinutes(caster: Combatant, spellId: string): number | null {
  const duration = spellOf(caster, spellId)?.duration;
  switch (duration?.kind) {
    case 'rounds':
      return duration.amount / 10;
    case 'minutes':
      return duration.amount;
    case 'hours':
      return duration.amount * 60;
    case 'days':
      return duration.amount * 60 * 24;
    default:
      return null;
  }
}

/**
 * Time passing outside a fight (the party travelling on): effects that run
 * out in that time end, and so does concentration on a spell whose
 * duration has passed, with whatever still hung on it.
 */
export function timePasses(turn: TurnContext, minutes: number): void {
  turn.commit(expiredEffectPatches(turn.state, { kind: 'minutes', minutes }));
  for (const c of allCombatants(turn.state)) {
    const lasts = c.concentration ? durationMinutes(c, c.concentration.spell) : null;
    if (lasts !== null && lasts <= minutes) turn.commit(endConcentrationPatches(turn.state, c.id));
  }
}
