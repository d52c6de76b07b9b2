import type { Cell } from '@/lib/rules/grid';
import { type Cells, getCell, isOnEdge, passable, setCell, steps4, widthOf } from './cells';

/**
 * Steps from the start to every square, moving orthogonally over passable
 * squares; -1 where unreachable. Orthogonal moves only, so a square counted
 * reachable never depends on squeezing diagonally between two walls.
 */
export function distancesFrom(cells: Cells, start: Cell): number[][] {
  const dist = cells.map((row) => row.map(() => -1));
  if (!passable(getCell(cells, start.x, start.y))) return dist;
  const queue: Cell[] = [start];
  setDist(dist, start, 0);
  for (let head = 0; head < queue.length; head++) {
    const cell = queue[head] as Cell;
    const d = distAt(dist, cell);
    for (const step of steps4) {
      const next = { x: cell.x + step.x, y: cell.y + step.y };
      if (passable(getCell(cells, next.x, next.y)) && distAt(dist, next) === -1) {
        setDist(dist, next, d + 1);
        queue.push(next);
      }
    }
  }
  return dist;
}

export function distAt(dist: number[][], cell: Cell): number {
  return dist[cell.y]?.[cell.x] ?? -1;
}

function setDist(dist: number[][], cell: Cell, value: number): void {
  const row = dist[cell.y];
  if (row) row[cell.x] = value;
}

/** The passable squares joined to a start orthogonally. */
function pocketAt(cells: Cells, start: Cell): Cell[] {
  const dist = distancesFrom(cells, start);
  return cells.flatMap((row, y) => row.flatMap((_, x) => (distAt(dist, { x, y }) >= 0 ? [{ x, y }] : [])));
}

/**
 * The shortest run of squares from a pocket to the reached area, through
 * walls if need be but never through the map's outer wall (that would open
 * extra exits); undefined when no such run exists.
 */
function tunnelFrom(cells: Cells, pocket: Cell[], dist: number[][]): Cell[] | undefined {
  const width = widthOf(cells);
  const from = new Map<number, number>();
  const queue = pocket.map((c) => c.y * width + c.x);
  for (const key of queue) from.set(key, -1);
  for (let head = 0; head < queue.length; head++) {
    const key = queue[head] as number;
    const cell = { x: key % width, y: Math.floor(key / width) };
    if (distAt(dist, cell) >= 0) return tracePath(from, key, width);
    for (const step of steps4) {
      const next = { x: cell.x + step.x, y: cell.y + step.y };
      const terrain = getCell(cells, next.x, next.y);
      const nextKey = next.y * width + next.x;
      if (terrain === undefined || from.has(nextKey)) continue;
      if (!passable(terrain) && isOnEdge(cells, next)) continue;
      from.set(nextKey, key);
      queue.push(nextKey);
    }
  }
  return undefined;
}

function tracePath(from: Map<number, number>, end: number, width: number): Cell[] {
  const path: Cell[] = [];
  for (let key = end; key !== -1; key = from.get(key) ?? -1) path.push({ x: key % width, y: Math.floor(key / width) });
  return path;
}

/**
 * Makes every passable square reachable from the entrance. Pockets worth
 * fighting in get a tunnel to the reached area; scraps smaller than
 * minPocket, and pockets no tunnel can reach, are filled in.
 */
export function connectAll(cells: Cells, entrance: Cell, minPocket: number): void {
  // Each pass joins or fills one pocket, so the loop ends within a pass per square.
  for (let pass = 0; pass < cells.length * widthOf(cells); pass++) {
    const dist = distancesFrom(cells, entrance);
    const stray = findStray(cells, dist);
    if (!stray) return;
    const pocket = pocketAt(cells, stray);
    const tunnel = pocket.length >= minPocket ? tunnelFrom(cells, pocket, dist) : undefined;
    if (tunnel) {
      for (const cell of tunnel) if (!passable(getCell(cells, cell.x, cell.y))) setCell(cells, cell.x, cell.y, 'floor');
    } else {
      for (const cell of pocket) setCell(cells, cell.x, cell.y, 'wall');
    }
  }
}

function findStray(cells: Cells, dist: number[][]): Cell | undefined {
  for (let y = 0; y < cells.length; y++) {
    const row = cells[y] ?? [];
    for (let x = 0; x < row.length; x++) if (passable(row[x]) && distAt(dist, { x, y }) < 0) return { x, y };
  }
  return undefined;
}
