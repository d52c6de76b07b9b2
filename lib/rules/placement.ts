import { inBounds, isPassable, sameCell, type Cell, type Grid } from './grid';
import type { RulesState } from './state';

const steps = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => ({ dx, dy }))).filter(({ dx, dy }) => dx || dy);

/**
 * The free square nearest some anchor squares, counting steps across open
 * ground (a wall between does not count as near): where someone stands who
 * joins a place after its start squares ran out. `reserved` squares are
 * kept for creatures about to be placed. Null when the map is full.
 */
export function freeSquareNear(state: RulesState, grid: Grid, anchors: readonly Cell[], reserved: readonly Cell[] = []): Cell | null {
  const taken = [...state.party, ...state.creatures].flatMap((c) => (c.position && !c.dead ? [c.position] : []));
  const free = (cell: Cell) => isPassable(grid, cell) && ![...taken, ...reserved].some((t) => sameCell(t, cell));
  const starts = anchors.filter((a) => inBounds(grid, a) && isPassable(grid, a));
  const queue = starts.length ? [...starts] : grid.cells.flatMap((row, y) => row.map((_, x) => ({ x, y }))).filter((c) => isPassable(grid, c));
  const seen = new Set(queue.map((c) => `${c.x},${c.y}`));
  for (let i = 0; i < queue.length; i++) {
    const cell = queue[i]!;
    if (free(cell)) return cell;
    for (const { dx, dy } of steps) {
      const next = { x: cell.x + dx, y: cell.y + dy };
      const key = `${next.x},${next.y}`;
      if (seen.has(key) || !inBounds(grid, next) || !isPassable(grid, next)) continue;
      seen.add(key);
      queue.push(next);
    }
  }
  return null;
}
