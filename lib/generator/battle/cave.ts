import type { Rng } from '../rng';
import { type Cells, allCells, filledCells, getCell, setCell, wallsAround } from './cells';

/** One smoothing pass of the classic 4-5 rule: rock stays with four rock neighbours, floor fills in with five. */
function smooth(cells: Cells): Cells {
  return cells.map((row, y) =>
    row.map((terrain, x) => {
      const edge = y === 0 || x === 0 || y === cells.length - 1 || x === row.length - 1;
      const walls = wallsAround(cells, x, y);
      return edge || walls >= 5 || (walls === 4 && terrain === 'wall') ? 'wall' : 'floor';
    }),
  );
}

function openShare(cells: Cells): number {
  const all = allCells(cells);
  return all.filter((c) => getCell(cells, c.x, c.y) !== 'wall').length / all.length;
}

/** Grows a pool from a floor square outwards over floor. */
function pool(cells: Cells, rng: Rng, size: number): void {
  const floor = allCells(cells).filter((c) => getCell(cells, c.x, c.y) === 'floor');
  if (floor.length === 0) return;
  const frontier = [rng.pick(floor)];
  for (let placed = 0; placed < size && frontier.length > 0; placed++) {
    const cell = frontier.splice(rng.int(0, frontier.length - 1), 1)[0];
    if (!cell || getCell(cells, cell.x, cell.y) !== 'floor') continue;
    setCell(cells, cell.x, cell.y, 'water');
    frontier.push({ x: cell.x + 1, y: cell.y }, { x: cell.x - 1, y: cell.y }, { x: cell.x, y: cell.y + 1 }, { x: cell.x, y: cell.y - 1 });
  }
}

/**
 * Cellular-automaton caverns: random rock smoothed into rounded chambers,
 * with pools, scree along the walls and the odd stalagmite for cover.
 * Sparse results are rerolled with less rock, so small maps still open up.
 */
export function caveLayout(rng: Rng, width: number, height: number): Cells {
  let cells = filledCells(width, height, 'wall');
  for (let attempt = 0; attempt < 6; attempt++) {
    const fill = 0.46 - attempt * 0.04;
    cells = cells.map((row) => row.map(() => (rng.chance(fill) ? 'wall' : 'floor')));
    for (let pass = 0; pass < 4; pass++) cells = smooth(cells);
    if (openShare(cells) >= 0.35) break;
  }
  const pools = 1 + Math.floor((width * height) / 500);
  for (let i = 0; i < pools; i++) pool(cells, rng, rng.int(3, 12));
  for (const { x, y } of allCells(cells)) {
    if (getCell(cells, x, y) !== 'floor') continue;
    const walls = wallsAround(cells, x, y);
    if (walls >= 3 && rng.chance(0.35)) setCell(cells, x, y, 'difficult');
    else if (walls === 0 && rng.chance(0.03)) setCell(cells, x, y, 'cover');
  }
  return cells;
}
