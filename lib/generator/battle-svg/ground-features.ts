import type { Cell, Terrain } from '@/lib/rules/grid';
import type { Cells } from '../battle/cells';
import type { Rng } from '../rng';
import { dot, n, path } from '../svg-kit';
import type { CornerAt } from './corners';
import type { Palette } from './palette';
import { boundaryPath, regionPath } from './regions';

function cellsOf(cells: Cells, terrain: Terrain): Cell[] {
  return cells.flatMap((row, y) => row.flatMap((t, x) => (t === terrain ? [{ x, y }] : [])));
}

/** Water with a pale shoreline and a few ripples per square, placed at random within it. */
export function drawWater(cells: Cells, palette: Palette, corner: CornerAt, rng: Rng, cell: number): string {
  const ripples = cellsOf(cells, 'water').flatMap(({ x, y }) =>
    Array.from({ length: rng.int(1, 2) }, () => {
      const w = cell * rng.real(0.25, 0.4);
      const px = x * cell + rng.real(0.1, 0.9 - w / cell) * cell;
      const py = y * cell + rng.real(0.25, 0.85) * cell;
      return `M${n(px)} ${n(py)}q${n(w / 4)} -3 ${n(w / 2)} 0t${n(w / 2)} 0`;
    }),
  );
  return (
    path(regionPath(cells, 'water', corner), `fill="${palette.water}" stroke="${palette.water}" stroke-width="1"`) +
    path(boundaryPath(cells, 'water', corner), 'fill="none" stroke="#e4f1f4" stroke-width="2.5" stroke-opacity="0.7" stroke-linecap="round"') +
    path(ripples.join(''), 'fill="none" stroke="#ffffff" stroke-width="1.2" stroke-opacity="0.55" stroke-linecap="round"')
  );
}

/** Difficult ground: scattered stones indoors and in ruins, tufts of brush outdoors. */
export function drawDifficult(cells: Cells, palette: Palette, rng: Rng, cell: number): string {
  const squares = cellsOf(cells, 'difficult');
  if (palette.difficult === 'brush') {
    const tufts = squares.flatMap(({ x, y }) =>
      Array.from({ length: rng.int(3, 5) }, () => {
        const px = n((x + rng.real(0.15, 0.85)) * cell);
        const py = n((y + rng.real(0.3, 0.9)) * cell);
        return `M${px} ${py}l-2.5 -5M${px} ${py}l0 -6.5M${px} ${py}l2.5 -5`;
      }),
    );
    return path(tufts.join(''), `fill="none" stroke="${palette.rubble}" stroke-width="1.3" stroke-linecap="round"`);
  }
  const stones = squares.flatMap(({ x, y }) =>
    Array.from({ length: rng.int(4, 7) }, () =>
      dot((x + rng.real(0.12, 0.88)) * cell, (y + rng.real(0.12, 0.88)) * cell, rng.real(1, cell / 11)),
    ),
  );
  return path(stones.join(''), `fill="${palette.rubble}" stroke="${palette.wallLine}" stroke-width="0.6" stroke-opacity="0.6"`);
}
