import { getClass } from '../srd/classes';
import type { Build, HitPointGain } from './build';
import { modifiersOf, type Effect } from './effects';

/** Features and traits that add a hit point per level: Dwarven Toughness, Draconic Resilience. */
const perLevelBonuses = ['dwarven-toughness', 'draconic-resilience'];

/** What a hit die adds at a level after the first before Constitution: its average rounded up, or the roll. */
export function hitDieGain(gain: HitPointGain, die: number): number {
  return gain.method === 'average' ? die / 2 + 1 : gain.roll;
}

/**
 * The hit point maximum: the hit die's maximum at level 1, each later
 * level's gain, the Constitution modifier at every level (so a new
 * modifier counts back to level 1), a point per level from Dwarven
 * Toughness and Draconic Resilience, and effects such as Aid.
 */
export function maxHitPoints(build: Build, conModifier: number, owned: ReadonlySet<string>, effects: readonly Effect[]): number {
  const die = getClass(build.class.id)!.hitDie;
  const gains = build.hitPoints.reduce((sum, g) => sum + hitDieGain(g, die), 0);
  const perLevel = conModifier + perLevelBonuses.filter((id) => owned.has(id)).length;
  const fromEffects = modifiersOf(effects, 'hit point maximum').reduce((sum, m) => sum + m.bonus, 0);
  return Math.max(1, die + gains + perLevel * build.level + fromEffects);
}
