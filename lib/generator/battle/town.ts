import type { Rng } from '../rng';
import { type Cells, allCells, fillRect, filledCells, getCell, setCell } from './cells';

interface Span {
  start: number;
  end: number;
}

/** The runs of a line left between streets, where buildings go. */
function between(length: number, streets: Span[]): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const street of [...streets, { start: length, end: length }]) {
    if (street.start - start >= 2) spans.push({ start, end: street.start });
    start = street.end;
  }
  return spans;
}

/** Deep blocks are split back to back, so no house is a solid slab a dozen squares deep. */
function splitDeep(span: Span): Span[] {
  if (span.end - span.start <= 8) return [span];
  const mid = Math.floor((span.start + span.end) / 2);
  return [...splitDeep({ start: span.start, end: mid + 1 }), ...splitDeep({ start: mid, end: span.end })];
}

/** Streets across a line: a main street near the middle, and more every dozen or so squares on long lines. */
function streetsAlong(rng: Rng, length: number, width: number): Span[] {
  const count = Math.max(1, Math.round(length / 16));
  const streets: Span[] = [];
  for (let i = 0; i < count; i++) {
    const centre = Math.round(((i + 0.5) * length) / count) + rng.int(-1, 1);
    streets.push({ start: Math.max(1, centre - Math.floor(width / 2)), end: Math.min(length - 1, centre - Math.floor(width / 2) + width) });
  }
  return streets;
}

/** Fills a block between streets with houses in a row, alleys between them, and the odd yard. */
function buildBlock(cells: Cells, rng: Rng, cols: Span, rows: Span): void {
  const depth = rows.end - rows.start;
  for (let x = cols.start + 1; x < cols.end - 1; ) {
    const frontage = Math.min(rng.int(3, 6), cols.end - 1 - x);
    if (frontage < 2) break;
    if (rng.chance(0.18)) {
      // A yard: a garden of heavy ground with crates and barrels to hide behind.
      for (let y = rows.start + 1; y < rows.end - 1; y++)
        for (let dx = 0; dx < frontage; dx++) setCell(cells, x + dx, y, rng.chance(0.12) ? 'cover' : 'difficult');
    } else {
      fillRect(cells, x, rows.start + 1, frontage, Math.max(1, depth - 2), 'wall');
    }
    x += frontage + 1;
  }
}

/** The town square's centrepiece: a fountain on roomy maps, a well on cramped ones. */
function fountain(cells: Cells, rng: Rng, width: number, height: number, street: Span): void {
  const size = width >= 20 && height >= 20 ? 2 : 1;
  const x = rng.int(2, width - 3 - size);
  const y = street.start + Math.floor((street.end - street.start - size) / 2);
  fillRect(cells, x - 1, y - 1, size + 2, size + 2, 'floor');
  fillRect(cells, x, y, size, size, 'water');
}

/**
 * A town quarter: streets in a grid, buildings (walls) in rows along them
 * with alleys between, a fountain or well, and street clutter for cover.
 */
export function townLayout(rng: Rng, width: number, height: number): Cells {
  const cells = filledCells(width, height, 'floor');
  const streetWidth = Math.min(width, height) >= 30 ? 3 : 2;
  const rowStreets = streetsAlong(rng, height, streetWidth);
  const colStreets = width >= 20 ? streetsAlong(rng, width, streetWidth) : [];
  for (const rows of between(height, rowStreets).flatMap(splitDeep))
    for (const cols of between(width, colStreets)) buildBlock(cells, rng, cols, rows);
  const mainStreet = rowStreets[0];
  if (mainStreet) fountain(cells, rng, width, height, mainStreet);
  for (const { x, y } of allCells(cells)) {
    if (getCell(cells, x, y) === 'floor' && rng.chance(0.025)) setCell(cells, x, y, 'cover');
  }
  return cells;
}
