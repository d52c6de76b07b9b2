import type { Terrain } from '@/lib/rules/grid';
import type { Cells } from '../battle/cells';
import { getCell } from '../battle/cells';
import { n } from '../svg-kit';
import type { CornerAt } from './corners';

const point = (corner: CornerAt, cx: number, cy: number) => {
  const [x, y] = corner(cx, cy);
  return `${n(x)} ${n(y)}`;
};

/**
 * Path data covering every square of one terrain. Each row's runs become one
 * polygon through the jittered corners, so a 40-square wall costs about as
 * much markup as two squares' worth of corners per square.
 */
export function regionPath(cells: Cells, terrain: Terrain, corner: CornerAt): string {
  const parts: string[] = [];
  cells.forEach((row, y) => {
    for (let x = 0; x < row.length; x++) {
      if (row[x] !== terrain) continue;
      const start = x;
      while (row[x + 1] === terrain) x++;
      const top = Array.from({ length: x - start + 2 }, (_, i) => point(corner, start + i, y));
      const bottom = Array.from({ length: x - start + 2 }, (_, i) => point(corner, x + 1 - i, y + 1));
      parts.push(`M${top.join('L')}L${bottom.join('L')}Z`);
    }
  });
  return parts.join('');
}

/** The edges where a terrain meets something else on the map: where walls get their heavy outline and water its shoreline. */
export function boundaryPath(cells: Cells, terrain: Terrain, corner: CornerAt): string {
  const parts: string[] = [];
  const edge = (ax: number, ay: number, bx: number, by: number) => parts.push(`M${point(corner, ax, ay)}L${point(corner, bx, by)}`);
  cells.forEach((row, y) =>
    row.forEach((here, x) => {
      if (here !== terrain) return;
      const differs = (nx: number, ny: number) => {
        const there = getCell(cells, nx, ny);
        return there !== undefined && there !== terrain;
      };
      if (differs(x, y - 1)) edge(x, y, x + 1, y);
      if (differs(x, y + 1)) edge(x, y + 1, x + 1, y + 1);
      if (differs(x - 1, y)) edge(x, y, x, y + 1);
      if (differs(x + 1, y)) edge(x + 1, y, x + 1, y + 1);
    }),
  );
  return parts.join('');
}
