import type { Roller } from '@/lib/rules/checks';

/** A roller whose every roll totals `total` (a d20 showing it, damage dice adding up to it). */
export function fixedRoller(total: number): Roller {
  return (notation) => ({ notation, seed: 0, faces: [total], total, text: `${notation}: ${total}` });
}
