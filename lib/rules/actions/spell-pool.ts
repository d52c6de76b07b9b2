import { has } from '../conditions';
import type { TurnContext } from '../turn-context';
import type { SpellEffectPart } from '../srd/spell-effect-schema';
import type { Combatant } from '../state';
import { landEffects, type CastContext, type LandedEffect } from './spell-effects';

type Pool = Extract<SpellEffectPart, { kind: 'hit point pool' }>;

/** Dice taken `n` times: `times('2d8', 3)` is `6d8`. */
function times(dice: string, n: number): string {
  return dice.replace(/^(\d+)d(\d+)$/, (_, count: string, sides: string) => `${Number(count) * n}d${sides}`);
}

/** How a hit point pool spell went: the pool rolled, and who it overcame with what was left after each. */
export type PoolOutcome = { roll: string; pool: number; overcome: Array<{ targetId: string; hp: number; landed: LandedEffect }>; spared: string[] };

/**
 * A spell that rolls a pool of hit points (Sleep, Color Spray): creatures
 * in the area are taken in order of their current hit points, lowest
 * first, each overcome (its condition for the spell's duration) if the pool
 * still covers its hit points, which are then taken from the pool. Those
 * the condition already holds are passed over, and the pool stops at the
 * first creature it cannot cover.
 */
export function spendPool(turn: TurnContext, cast: CastContext, part: Pool, slotLevel: number, targets: readonly Combatant[]): PoolOutcome {
  const above = Math.max(0, slotLevel - cast.spell.level);
  const roll = turn.roll(above > 0 ? `${part.dice}+${times(part.perSlotAbove, above)}` : part.dice);
  let pool = roll.total;
  const outcome: PoolOutcome = { roll: roll.text, pool, overcome: [], spared: [] };
  const condition = part.condition === 'exhaustion' ? null : part.condition;
  const order = [...targets].filter((c) => !condition || !has(c, condition)).sort((a, b) => a.hp - b.hp || a.id.localeCompare(b.id));
  for (const target of order) {
    if (!condition || target.hp > pool || target.hp === 0) {
      outcome.spared.push(target.id);
      continue;
    }
    pool -= target.hp;
    // Sleep's sleepers wake when they take damage; Color Spray's blindness lasts its round.
    const landed = landEffects(turn, cast, target.id, [{ kind: 'condition', condition, savesAtTurnEnd: false, endsOnDamage: condition === 'unconscious' }]);
    outcome.overcome.push({ targetId: target.id, hp: target.hp, landed });
  }
  return outcome;
}
