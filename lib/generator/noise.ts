import type { Rng } from './rng';

/**
 * Smooth value noise in [0, 1): random values on a coarse lattice, blended
 * with a smoothstep. Enough to make woods clump and coasts wander without a
 * noise library.
 */
export function valueNoise(rng: Rng, width: number, height: number, scale: number): (x: number, y: number) => number {
  const cols = Math.ceil(width / scale) + 2;
  const rows = Math.ceil(height / scale) + 2;
  const lattice = Array.from({ length: rows * cols }, () => rng.real(0, 1));
  const at = (cx: number, cy: number) => lattice[Math.min(rows - 1, cy) * cols + Math.min(cols - 1, cx)] ?? 0;
  const smooth = (t: number) => t * t * (3 - 2 * t);
  return (x, y) => {
    const gx = Math.max(0, x / scale);
    const gy = Math.max(0, y / scale);
    const cx = Math.floor(gx);
    const cy = Math.floor(gy);
    const tx = smooth(gx - cx);
    const ty = smooth(gy - cy);
    const top = at(cx, cy) * (1 - tx) + at(cx + 1, cy) * tx;
    const bottom = at(cx, cy + 1) * (1 - tx) + at(cx + 1, cy + 1) * tx;
    return top * (1 - ty) + bottom * ty;
  };
}
