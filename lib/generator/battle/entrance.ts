import type { Cell } from '@/lib/rules/grid';
import type { Rng } from '../rng';
import { type Cells, getCell, passable, setCell, widthOf } from './cells';

interface Doorway {
  edge: Cell;
  /** One step inward from the edge. */
  inward: Cell;
  /** Walls to cut through before reaching open ground. */
  depth: number;
}

/** How many walls lie between an edge square and the first open square inward (a wall-free line counts as the full span). */
function depthInward(cells: Cells, edge: Cell, inward: Cell): number {
  for (let depth = 0; ; depth++) {
    const x = edge.x + inward.x * depth;
    const y = edge.y + inward.y * depth;
    const terrain = getCell(cells, x, y);
    if (terrain === undefined) return depth;
    if (passable(terrain)) return depth;
  }
}

function doorwaysOnSide(cells: Cells, side: number): Doorway[] {
  const width = widthOf(cells);
  const height = cells.length;
  const along = side < 2 ? width : height;
  const doorways: Doorway[] = [];
  // Corners are left out: a corner entrance opens onto two edges at once.
  for (let i = 1; i < along - 1; i++) {
    const [edge, inward] =
      side === 0
        ? [{ x: i, y: 0 }, { x: 0, y: 1 }]
        : side === 1
          ? [{ x: i, y: height - 1 }, { x: 0, y: -1 }]
          : side === 2
            ? [{ x: 0, y: i }, { x: 1, y: 0 }]
            : [{ x: width - 1, y: i }, { x: -1, y: 0 }];
    doorways.push({ edge, inward, depth: depthInward(cells, edge, inward) });
  }
  return doorways;
}

/**
 * Opens the entrance on a random side, where the outer wall is thinnest so
 * the way in is a short passage rather than a tunnel across the map, and
 * returns it. The entrance square itself is always plain floor.
 */
export function openEntrance(cells: Cells, rng: Rng): Cell {
  const doorways = doorwaysOnSide(cells, rng.int(0, 3));
  const shallowest = Math.min(...doorways.map((d) => d.depth));
  const choice = rng.pick(doorways.filter((d) => d.depth <= shallowest + 1));
  for (let step = 0; step < Math.max(1, choice.depth); step++) {
    setCell(cells, choice.edge.x + choice.inward.x * step, choice.edge.y + choice.inward.y * step, 'floor');
  }
  setCell(cells, choice.edge.x, choice.edge.y, 'floor');
  return choice.edge;
}
