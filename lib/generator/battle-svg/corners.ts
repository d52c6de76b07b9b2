import { hashText } from '../rng';

/** A grid corner's position on the page, nudged so walls and shores look hand drawn. */
export type CornerAt = (cx: number, cy: number) => readonly [number, number];

/**
 * Jitter keyed by the corner itself, not by drawing order: every shape that
 * meets at a corner moves it the same way, so neighbouring squares still
 * tile without gaps. Corners on the map's border stay on the border.
 */
export function jitteredCorners(seed: number, width: number, height: number, cell: number): CornerAt {
  const amount = cell * 0.16;
  return (cx, cy) => {
    const h = hashText(`${cx},${cy}`, seed);
    const dx = cx === 0 || cx === width ? 0 : ((h & 0xffff) / 0xffff - 0.5) * 2 * amount;
    const dy = cy === 0 || cy === height ? 0 : ((h >>> 16) / 0xffff - 0.5) * 2 * amount;
    return [cx * cell + dx, cy * cell + dy];
  };
}
