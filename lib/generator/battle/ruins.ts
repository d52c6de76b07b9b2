import type { Rng } from '../rng';
import { type Cells, allCells, countAround, filledCells, getCell, setCell } from './cells';

/** A roofless building: its outline, broken open; the fallen stone lies where the wall stood. */
function ruinedBuilding(cells: Cells, rng: Rng, width: number, height: number): void {
  const w = rng.int(4, Math.min(11, width - 2));
  const h = rng.int(4, Math.min(9, height - 2));
  const x0 = rng.int(1, width - 1 - w);
  const y0 = rng.int(1, height - 1 - h);
  const decay = rng.real(0.2, 0.45);
  for (let y = y0; y < y0 + h; y++)
    for (let x = x0; x < x0 + w; x++) {
      const outline = y === y0 || x === x0 || y === y0 + h - 1 || x === x0 + w - 1;
      if (!outline) continue;
      if (!rng.chance(decay)) setCell(cells, x, y, 'wall');
      else setCell(cells, x, y, rng.chance(0.6) ? 'difficult' : 'floor');
    }
  // A colonnade down the middle of the larger halls: broken columns to duck behind.
  if (w >= 7 && h >= 5 && rng.chance(0.5)) {
    const y = y0 + Math.floor(h / 2);
    for (let x = x0 + 2; x < x0 + w - 2; x += 2) setCell(cells, x, y, rng.chance(0.7) ? 'cover' : 'difficult');
  }
}

/**
 * Open ground strewn with ruined buildings: broken walls, rubble heaped
 * around them (difficult) and fallen statues and columns (cover).
 */
export function ruinsLayout(rng: Rng, width: number, height: number): Cells {
  const cells = filledCells(width, height, 'floor');
  const buildings = Math.max(1, Math.min(8, Math.round((width * height) / 160)));
  for (let i = 0; i < buildings; i++) ruinedBuilding(cells, rng, width, height);
  for (const { x, y } of allCells(cells)) {
    if (getCell(cells, x, y) !== 'floor') continue;
    if (countAround(cells, x, y, 'wall') > 0 && rng.chance(0.3)) setCell(cells, x, y, 'difficult');
    else if (rng.chance(0.025)) setCell(cells, x, y, 'cover');
    else if (rng.chance(0.03)) setCell(cells, x, y, 'difficult');
  }
  return cells;
}
