import type { Rng } from '../rng';
import { valueNoise } from '../noise';
import { type Cells, allCells, filledCells, getCell, setCell } from './cells';

/**
 * A stream wandering from one edge to the opposite one. Its lateral drift is
 * bounded to one square per step so the water stays a continuous ribbon.
 */
function stream(cells: Cells, rng: Rng, width: number, height: number): void {
  const across = rng.chance(0.5);
  const length = across ? width : height;
  const span = across ? height : width;
  const breadth = span >= 24 ? 2 : 1;
  let offset = rng.int(Math.floor(span / 4), Math.floor((span * 3) / 4));
  for (let i = 0; i < length; i++) {
    for (let b = 0; b < breadth; b++) {
      if (across) setCell(cells, i, offset + b, 'water');
      else setCell(cells, offset + b, i, 'water');
    }
    const next = offset + rng.int(-1, 1);
    // The corner step keeps diagonal moves of the stream joined edge to edge.
    if (next !== offset) {
      if (across) setCell(cells, i, next + (next > offset ? breadth - 1 : 0), 'water');
      else setCell(cells, next + (next > offset ? breadth - 1 : 0), i, 'water');
    }
    offset = Math.max(1, Math.min(span - 1 - breadth, next));
  }
}

/**
 * Woodland: trees clump where a noise field is dense (most give cover; the
 * great trunks are walls), undergrowth in its own patches, and a stream.
 */
export function forestLayout(rng: Rng, width: number, height: number): Cells {
  const cells = filledCells(width, height, 'floor');
  const woods = valueNoise(rng, width, height, 6);
  const brush = valueNoise(rng, width, height, 4);
  for (const { x, y } of allCells(cells)) {
    const density = woods(x, y);
    if (density > 0.5 && rng.chance((density - 0.4) * 0.9)) {
      setCell(cells, x, y, rng.chance(0.22) ? 'wall' : 'cover');
    } else if (brush(x, y) > 0.6 && rng.chance(0.7)) {
      setCell(cells, x, y, 'difficult');
    } else if (rng.chance(0.02)) {
      setCell(cells, x, y, 'cover');
    }
  }
  stream(cells, rng, width, height);
  // Muddy banks: the ground beside the water is heavy going.
  for (const { x, y } of allCells(cells)) {
    if (getCell(cells, x, y) !== 'floor') continue;
    const wet = [getCell(cells, x + 1, y), getCell(cells, x - 1, y), getCell(cells, x, y + 1), getCell(cells, x, y - 1)];
    if (wet.includes('water') && rng.chance(0.3)) setCell(cells, x, y, 'difficult');
  }
  return cells;
}
