import { inBounds, sameCell, terrainAt, type Cell, type Grid } from './grid';
import { allCombatants, type Combatant, type RulesState } from './state';

/** How much of a target an obstacle hides from an attack or an effect. */
export type Cover = 'none' | 'half' | 'three-quarters' | 'total';

/** What cover adds to AC and to Dexterity saving throws (total cover cannot be targeted at all). */
export const coverBonus: Record<Exclude<Cover, 'total'>, number> = { none: 0, half: 2, 'three-quarters': 5 };

type Point = { x: number; y: number };

const corners = (c: Cell): Point[] => [
  { x: c.x, y: c.y },
  { x: c.x + 1, y: c.y },
  { x: c.x, y: c.y + 1 },
  { x: c.x + 1, y: c.y + 1 },
];

type LineTrace = { blocked: boolean; partly: boolean };

/** Points sampled per square of a line's length; a line that only clips a corner may slip through, as it should. */
const SAMPLES_PER_SQUARE = 32;
const EDGE = 1e-6;

/**
 * One line from a corner of the attacker's square to a corner of the
 * target's. Walls stop it where it passes through one, runs along the seam
 * between two, or squeezes between two that touch at a corner; low
 * obstacles (cover squares) and creatures it passes through hide part of
 * the target. The two creatures' own squares never stop it.
 */
function trace(grid: Grid, a: Point, b: Point, ends: readonly Cell[], occupied: readonly Cell[]): LineTrace {
  const own = (cell: Cell) => ends.some((end) => sameCell(end, cell));
  const blocks = (cell: Cell) => !own(cell) && (!inBounds(grid, cell) || terrainAt(grid, cell) === 'wall');
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const steps = Math.ceil(Math.max(Math.abs(dx), Math.abs(dy)) * SAMPLES_PER_SQUARE);
  let partly = false;
  for (let i = 1; i < steps; i++) {
    const p = { x: a.x + (dx * i) / steps, y: a.y + (dy * i) / steps };
    const cx = Math.round(p.x);
    const cy = Math.round(p.y);
    const onX = Math.abs(p.x - cx) < EDGE;
    const onY = Math.abs(p.y - cy) < EDGE;
    if (onX && onY) {
      // Through a corner where four squares meet: stopped by the two it squeezes between.
      const pair: [Cell, Cell] = dx * dy > 0 ? [{ x: cx, y: cy - 1 }, { x: cx - 1, y: cy }] : [{ x: cx - 1, y: cy - 1 }, { x: cx, y: cy }];
      if (dx !== 0 && dy !== 0 && blocks(pair[0]) && blocks(pair[1])) return { blocked: true, partly };
    } else if (onX) {
      if (blocks({ x: cx - 1, y: Math.floor(p.y) }) && blocks({ x: cx, y: Math.floor(p.y) })) return { blocked: true, partly };
    } else if (onY) {
      if (blocks({ x: Math.floor(p.x), y: cy - 1 }) && blocks({ x: Math.floor(p.x), y: cy })) return { blocked: true, partly };
    } else {
      const cell = { x: Math.floor(p.x), y: Math.floor(p.y) };
      if (own(cell)) continue;
      if (blocks(cell)) return { blocked: true, partly };
      if (terrainAt(grid, cell) === 'cover' || occupied.some((o) => sameCell(o, cell))) partly = true;
    }
  }
  return { blocked: false, partly };
}

/**
 * The cover a target has against something coming from a square, read from
 * the battle grid the way the SRD's grid rules do: from the corner of the
 * attacker's square that sees best, lines to the four corners of the
 * target's square. One or two lines stopped by walls is half cover, three
 * is three-quarters, all four from every corner is total cover. A low
 * obstacle or another creature across a line is at least half cover, and
 * so is standing in a cover square, except against a neighbour reaching
 * over it.
 */
export function coverBetween(grid: Grid, from: Cell, to: Cell, occupied: readonly Cell[] = []): Cover {
  if (sameCell(from, to)) return 'none';
  const others = occupied.filter((cell) => !sameCell(cell, from) && !sameCell(cell, to));
  let best: { blocked: number; partly: boolean } | null = null;
  for (const a of corners(from)) {
    const lines = corners(to).map((b) => trace(grid, a, b, [from, to], others));
    const found = { blocked: lines.filter((l) => l.blocked).length, partly: lines.some((l) => !l.blocked && l.partly) };
    if (!best || found.blocked < best.blocked || (found.blocked === best.blocked && best.partly && !found.partly)) best = found;
  }
  const { blocked, partly } = best!;
  if (blocked === 4) return 'total';
  const fromWalls: Cover = blocked === 0 ? 'none' : blocked <= 2 ? 'half' : 'three-quarters';
  const adjacent = Math.max(Math.abs(from.x - to.x), Math.abs(from.y - to.y)) <= 1;
  const standsInCover = terrainAt(grid, to) === 'cover' && !adjacent;
  return fromWalls === 'none' && (partly || standsInCover) ? 'half' : fromWalls;
}

/**
 * The cover a target has against a creature on the battle grid: none when
 * the scene has no grid or either stands off it. Other living creatures in
 * between count as obstacles.
 */
export function coverAgainst(state: RulesState, from: Combatant, target: Combatant): Cover {
  if (!state.grid || !from.position || !target.position) return 'none';
  const occupied = allCombatants(state)
    .filter((c) => c.id !== from.id && c.id !== target.id && !c.dead && c.position)
    .map((c) => c.position!);
  return coverBetween(state.grid, from.position, target.position, occupied);
}
