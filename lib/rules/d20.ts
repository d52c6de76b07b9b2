import { z } from 'zod';
import type { DiceRollRecord } from './dice';

/** How a d20 test is rolled: one die, or two keeping the higher or the lower. */
export const rollModeSchema = z.enum(['normal', 'advantage', 'disadvantage']);
export type RollMode = z.infer<typeof rollModeSchema>;

/**
 * The reasons a roll has advantage and disadvantage. The SRD never stacks
 * them: any number of each cancels out to a plain roll.
 */
export type ModeSources = { advantage: readonly string[]; disadvantage: readonly string[] };

export function combineModes(sources: ModeSources): RollMode {
  const adv = sources.advantage.length > 0;
  const dis = sources.disadvantage.length > 0;
  if (adv === dis) return 'normal';
  return adv ? 'advantage' : 'disadvantage';
}

/** Merges the reasons from several places (conditions, range, the caller's own call). */
export function mergeSources(...all: ModeSources[]): ModeSources {
  return {
    advantage: all.flatMap((s) => s.advantage),
    disadvantage: all.flatMap((s) => s.disadvantage),
  };
}

export const noModeSources: ModeSources = { advantage: [], disadvantage: [] };

export function signed(n: number): string {
  return n >= 0 ? `+${n}` : `${n}`;
}

/** The notation of a d20 test, e.g. "2d20kh1+5" for advantage with a +5 modifier. */
export function d20Notation(mode: RollMode, modifier: number): string {
  const dice = mode === 'advantage' ? '2d20kh1' : mode === 'disadvantage' ? '2d20kl1' : '1d20';
  return modifier === 0 ? dice : `${dice}${signed(modifier)}`;
}

/** The d20 that counts: the kept die of a d20Notation roll. */
export function naturalD20(roll: DiceRollRecord, mode: RollMode): number {
  const [first, second] = roll.faces;
  if (first === undefined) throw new Error(`${roll.notation} rolled no dice`);
  if (mode === 'normal' || second === undefined) return first;
  return mode === 'advantage' ? Math.max(first, second) : Math.min(first, second);
}

/**
 * A critical hit rolls every damage die twice and adds modifiers once, so
 * "1d8+3" becomes "2d8+3".
 */
export function criticalNotation(notation: string): string {
  return notation.replace(/(\d*)d(\d+)/gi, (_, n: string, sides: string) => `${(n ? Number(n) : 1) * 2}d${sides}`);
}
