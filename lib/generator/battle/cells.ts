import type { Cell, Terrain } from '@/lib/rules/grid';

/** A battle map's squares, cells[y][x], as lib/rules/grid stores them. */
export type Cells = Terrain[][];

/** The glyphs gridFromRows reads; kept in step with lib/rules/grid. */
export const glyphOf: Record<Terrain, string> = { floor: '.', wall: '#', difficult: ':', water: '~', cover: '+' };

export const steps4: readonly Cell[] = [
  { x: 1, y: 0 },
  { x: -1, y: 0 },
  { x: 0, y: 1 },
  { x: 0, y: -1 },
];

export function filledCells(width: number, height: number, terrain: Terrain): Cells {
  return Array.from({ length: height }, () => Array.from({ length: width }, () => terrain));
}

export function widthOf(cells: Cells): number {
  return cells[0]?.length ?? 0;
}

export function getCell(cells: Cells, x: number, y: number): Terrain | undefined {
  return cells[y]?.[x];
}

/** Writes are clipped to the grid so layouts can draw shapes that overhang an edge. */
export function setCell(cells: Cells, x: number, y: number, terrain: Terrain): void {
  const row = cells[y];
  if (row && x >= 0 && x < row.length) row[x] = terrain;
}

export function fillRect(cells: Cells, x: number, y: number, w: number, h: number, terrain: Terrain): void {
  for (let dy = 0; dy < h; dy++) for (let dx = 0; dx < w; dx++) setCell(cells, x + dx, y + dy, terrain);
}

export function passable(terrain: Terrain | undefined): boolean {
  return terrain !== undefined && terrain !== 'wall';
}

/** Walls among the eight squares around a cell; off-grid counts as wall, as caves are closed. */
export function wallsAround(cells: Cells, x: number, y: number): number {
  let count = 0;
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++) {
      if ((dx || dy) && !passable(getCell(cells, x + dx, y + dy))) count++;
    }
  return count;
}

/** Squares of one terrain among the eight around a cell, on the grid only. */
export function countAround(cells: Cells, x: number, y: number, terrain: Terrain): number {
  let count = 0;
  for (let dy = -1; dy <= 1; dy++)
    for (let dx = -1; dx <= 1; dx++) {
      if ((dx || dy) && getCell(cells, x + dx, y + dy) === terrain) count++;
    }
  return count;
}

export function isOnEdge(cells: Cells, cell: Cell): boolean {
  return cell.x === 0 || cell.y === 0 || cell.x === widthOf(cells) - 1 || cell.y === cells.length - 1;
}

export function toRows(cells: Cells): string[] {
  return cells.map((row) => row.map((terrain) => glyphOf[terrain]).join(''));
}

/** Every cell of the grid in reading order, for scans that need coordinates. */
export function allCells(cells: Cells): Cell[] {
  return cells.flatMap((row, y) => row.map((_, x) => ({ x, y })));
}
