import { z } from 'zod';

/** Feet per square, the SRD's usual battle-grid scale. */
export const SQUARE_FEET = 5;

/**
 * What a square holds. Walls block; difficult terrain and water cost double
 * to cross (water stands for swimming without a swim speed); cover gives
 * whoever stands in it half cover.
 */
export const terrainSchema = z.enum(['floor', 'wall', 'difficult', 'water', 'cover']);
export type Terrain = z.infer<typeof terrainSchema>;

/** A square on the grid, counted from the top-left corner. */
export const cellSchema = z.object({ x: z.number().int().min(0), y: z.number().int().min(0) });
export type Cell = z.infer<typeof cellSchema>;

export const gridSchema = z
  .object({
    width: z.number().int().min(1).max(100),
    height: z.number().int().min(1).max(100),
    /** Rows top to bottom: cells[y][x]. */
    cells: z.array(z.array(terrainSchema)),
  })
  .refine((g) => g.cells.length === g.height && g.cells.every((row) => row.length === g.width), {
    message: 'grid cells must be height rows of width squares',
    path: ['cells'],
  });

export type Grid = z.infer<typeof gridSchema>;

const glyphs: Record<string, Terrain> = { '.': 'floor', '#': 'wall', ':': 'difficult', '~': 'water', '+': 'cover' };

/**
 * Builds a grid from rows of glyphs ('.' floor, '#' wall, ':' difficult,
 * '~' water, '+' cover), the compact form maps are easiest to write in.
 */
export function gridFromRows(rows: readonly string[]): Grid {
  const cells = rows.map((row, y) =>
    [...row].map((glyph, x) => {
      const terrain = glyphs[glyph];
      if (!terrain) throw new Error(`Unknown map glyph "${glyph}" at ${x},${y}`);
      return terrain;
    }),
  );
  return gridSchema.parse({ width: cells[0]?.length ?? 0, height: cells.length, cells });
}

export function inBounds(grid: Grid, cell: Cell): boolean {
  return cell.x >= 0 && cell.y >= 0 && cell.x < grid.width && cell.y < grid.height;
}

export function terrainAt(grid: Grid, cell: Cell): Terrain | undefined {
  return grid.cells[cell.y]?.[cell.x];
}

export function isPassable(grid: Grid, cell: Cell): boolean {
  const terrain = terrainAt(grid, cell);
  return terrain !== undefined && terrain !== 'wall';
}

/** Feet it costs to enter a square at walking pace; Infinity for walls and off-grid. */
export function enterCost(grid: Grid, cell: Cell): number {
  const terrain = terrainAt(grid, cell);
  if (terrain === undefined || terrain === 'wall') return Infinity;
  return terrain === 'difficult' || terrain === 'water' ? 2 * SQUARE_FEET : SQUARE_FEET;
}

/**
 * Distance in feet between squares. The SRD's default grid rule counts a
 * diagonal step as one square, so distance is the larger of the two offsets.
 */
export function distanceFeet(a: Cell, b: Cell): number {
  return Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y)) * SQUARE_FEET;
}

export function sameCell(a: Cell, b: Cell): boolean {
  return a.x === b.x && a.y === b.y;
}
