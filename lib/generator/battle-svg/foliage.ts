import type { Cell } from '@/lib/rules/grid';
import type { Rng } from '../rng';
import { dot, path } from '../svg-kit';

interface Canopy {
  cx: number;
  cy: number;
  r: number;
}

/** A canopy is a few overlapping circles: it reads as leaves rather than a disc. */
function lobes(rng: Rng, { cx, cy, r }: Canopy): string {
  const parts = [dot(cx, cy, r * 0.7)];
  const count = rng.int(4, 5);
  const turn = rng.real(0, Math.PI);
  for (let i = 0; i < count; i++) {
    const angle = turn + (i / count) * 2 * Math.PI;
    parts.push(dot(cx + Math.cos(angle) * r * 0.42, cy + Math.sin(angle) * r * 0.42, r * rng.real(0.45, 0.58)));
  }
  return parts.join('');
}

/**
 * Trees seen from above. Great trees (walls) are broad and dark and spill
 * over their square; lesser trees (cover) are smaller and lighter, so the
 * eye can tell which ones block.
 */
export function drawTrees(great: readonly Cell[], lesser: readonly Cell[], rng: Rng, cell: number): string {
  const canopy = (c: Cell, scale: number): Canopy => ({
    cx: (c.x + 0.5 + rng.real(-0.08, 0.08)) * cell,
    cy: (c.y + 0.5 + rng.real(-0.08, 0.08)) * cell,
    r: cell * scale * rng.real(0.9, 1.1),
  });
  const big = great.map((c) => canopy(c, 0.72));
  const small = lesser.map((c) => canopy(c, 0.5));
  const layer = (canopies: Canopy[], fill: string, highlight: string) => {
    const body = canopies.map((c) => lobes(rng, c)).join('');
    const light = canopies.map((c) => dot(c.cx - c.r * 0.25, c.cy - c.r * 0.25, c.r * 0.35)).join('');
    return (
      path(body, `fill="#0b1405" fill-opacity="0.35" transform="translate(3 4)"`) +
      path(body, `fill="${fill}" stroke="#1c2c14" stroke-width="1"`) +
      path(light, `fill="${highlight}" fill-opacity="0.6"`)
    );
  };
  return layer(big, '#2f4f25', '#4d7338') + layer(small, '#4f7f36', '#82ad5a');
}
