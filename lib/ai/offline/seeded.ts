/** Picks one of `options` for a seed, so the same seed always reads the same way. */
export function pick<T>(options: readonly T[], seed: number, salt = 0): T {
  const mixed = Math.imul((seed ^ Math.imul(salt + 1, 0x27d4eb2d)) >>> 0, 0x165667b1) >>> 0;
  return options[((mixed ^ (mixed >>> 15)) >>> 0) % options.length]!;
}
