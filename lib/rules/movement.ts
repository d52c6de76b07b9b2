import { has } from './conditions';
import { distanceFeet, enterCost, inBounds, isPassable, sameCell, SQUARE_FEET, type Cell, type Grid } from './grid';
import { RuleViolation } from './rule-violation';
import { allCombatants, findCombatant, type Combatant, type RulesState } from './state';
import { sideOf } from './stats';

/** A route across the grid and the feet of movement it costs. */
export type Route = { path: Cell[]; cost: number };

const steps = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => ({ dx, dy }))).filter((s) => s.dx !== 0 || s.dy !== 0);

const key = (c: Cell) => `${c.x},${c.y}`;

/**
 * Cheapest route by Dial's algorithm (costs are multiples of 5 ft, so a
 * bucket per cost replaces a priority queue). A diagonal step may not
 * squeeze between two walls. Returns null when no route fits the limit.
 */
export function cheapestRoute(
  grid: Grid,
  from: Cell,
  to: Cell,
  options: { blocked: (cell: Cell) => boolean; costFactor: number; limit: number },
): Route | null {
  const best = new Map<string, number>([[key(from), 0]]);
  const previous = new Map<string, Cell>();
  const buckets: Cell[][] = [[from]];
  for (let cost = 0; cost < buckets.length; cost++) {
    for (const cell of buckets[cost] ?? []) {
      if ((best.get(key(cell)) ?? Infinity) < cost * SQUARE_FEET) continue;
      if (sameCell(cell, to)) return { path: unwind(previous, to), cost: cost * SQUARE_FEET };
      for (const { dx, dy } of steps) {
        const next = { x: cell.x + dx, y: cell.y + dy };
        if (!inBounds(grid, next) || !isPassable(grid, next) || options.blocked(next)) continue;
        if (dx !== 0 && dy !== 0 && !isPassable(grid, { x: cell.x + dx, y: cell.y }) && !isPassable(grid, { x: cell.x, y: cell.y + dy })) {
          continue;
        }
        const total = cost * SQUARE_FEET + enterCost(grid, next) * options.costFactor;
        if (total > options.limit || total >= (best.get(key(next)) ?? Infinity)) continue;
        best.set(key(next), total);
        previous.set(key(next), cell);
        (buckets[total / SQUARE_FEET] ??= []).push(next);
      }
    }
  }
  return null;
}

function unwind(previous: Map<string, Cell>, to: Cell): Cell[] {
  const path = [to];
  for (let at = previous.get(key(to)); at; at = previous.get(key(at))) path.unshift(at);
  return path;
}

/** Living creatures occupying a square, other than the mover. */
function occupants(state: RulesState, mover: Combatant, cell: Cell): Combatant[] {
  return allCombatants(state).filter((c) => c.id !== mover.id && !c.dead && c.position !== null && sameCell(c.position, cell));
}

/** Checks a square can take a creature at all: on the grid, not a wall, not already taken. */
export function assertCanStand(state: RulesState, mover: Combatant, cell: Cell): Grid {
  const grid = state.grid;
  if (!grid) throw new RuleViolation('This scene has no battle grid');
  if (!inBounds(grid, cell)) throw new RuleViolation(`Square ${cell.x},${cell.y} is off the ${grid.width}x${grid.height} grid`);
  if (!isPassable(grid, cell)) throw new RuleViolation(`Square ${cell.x},${cell.y} is a wall`);
  const other = occupants(state, mover, cell)[0];
  if (other) throw new RuleViolation(`${other.name} already occupies square ${cell.x},${cell.y}`);
  return grid;
}

/**
 * Plans a move: walls and hostile creatures block, allies can be passed
 * through, difficult terrain and water cost double, and a prone creature
 * crawls at double cost. A frightened creature may not end closer to what
 * frightens it. `budget` is the feet the mover has left.
 */
export function planMove(state: RulesState, mover: Combatant, to: Cell, budget: number): Route {
  const grid = assertCanStand(state, mover, to);
  const from = mover.position;
  if (!from) throw new RuleViolation(`${mover.name} is not on the grid; place them first`);
  const fearSource = has(mover, 'frightened') ? mover.conditionSources.frightened : undefined;
  const feared = fearSource ? findCombatant(state, fearSource)?.position : null;
  if (feared && distanceFeet(to, feared) < distanceFeet(from, feared)) {
    throw new RuleViolation(`${mover.name} is frightened and cannot move closer to what frightens them`);
  }
  const blocked = (cell: Cell) => occupants(state, mover, cell).some((c) => sideOf(c) !== sideOf(mover));
  const costFactor = has(mover, 'prone') ? 2 : 1;
  const route = cheapestRoute(grid, from, to, { blocked, costFactor, limit: budget });
  if (route) return route;
  const unlimited = cheapestRoute(grid, from, to, { blocked, costFactor, limit: Infinity });
  if (!unlimited) throw new RuleViolation(`No route from ${from.x},${from.y} to ${to.x},${to.y}: walls or foes are in the way`);
  throw new RuleViolation(`${mover.name} needs ${unlimited.cost} ft to reach ${to.x},${to.y} but has ${budget} ft of movement left`);
}
