import { MersenneTwister19937, Random } from 'random-js';
import { z } from 'zod';

/** Seeds are 32-bit unsigned integers, the range the seed mix works in. */
export const seedSchema = z.number().int().min(0).max(0xffffffff);

/**
 * Mixes a seed with a stream number (a 32-bit finaliser of both), so each
 * stream of one seed draws independently. Pictures need no secrecy, only spread.
 */
export function mixSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** A seeded source of randomness; every draw is replayable from the seed. */
export interface Rng {
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A real number in [min, max). */
  real(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * A generator for one step of the work. Each step draws from its own stream,
 * so changing how one step uses randomness leaves the others' output alone.
 */
export function createRng(seed: number, stream: number): Rng {
  const random = new Random(MersenneTwister19937.seed(mixSeed(seed, stream)));
  return {
    int: (min, max) => random.integer(min, max),
    real: (min, max) => random.real(min, max),
    chance: (p) => random.real(0, 1) < p,
    pick<T>(items: readonly T[]): T {
      const item = items[random.integer(0, items.length - 1)];
      if (item === undefined) throw new Error('cannot pick from an empty list');
      return item;
    },
    shuffle: <T>(items: readonly T[]) => random.shuffle([...items]),
  };
}

/** FNV-1a: folds text (a name) into a seed so output depends on both. */
export function hashText(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const char of text) {
    h ^= char.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
