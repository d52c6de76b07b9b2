import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import { coverBetween } from '@/lib/rules/cover';
import { gridFromRows, type Grid } from '@/lib/rules/grid';
import { cheapestRoute } from '@/lib/rules/movement';

/**
 * Where the offline narrator stands its fighters, read from the table's
 * map the way the rules read it: routes that walls and foes allow within
 * the mover's speed, and sight lines that walls do not block.
 */

export type Spot = [number, number];

const cell = ([x, y]: Spot) => ({ x, y });

function living(table: TableFacts): TableCombatant[] {
  return [...table.party, ...table.creatures].filter((c) => !c.dead && c.hp > 0 && c.at !== null);
}

const sideOf = (c: TableCombatant) => (c.side === 'hostile' ? 'foes' : 'party');

type Board = { grid: Grid; taken: (spot: Spot, except: string) => boolean; foeOf: (mover: TableCombatant, spot: Spot) => boolean };

function board(table: TableFacts): Board | null {
  if (!table.map) return null;
  const grid = gridFromRows(table.map);
  const standing = living(table);
  const at = (spot: Spot) => standing.filter((c) => c.at![0] === spot[0] && c.at![1] === spot[1]);
  return {
    grid,
    taken: (spot, except) => at(spot).some((c) => c.id !== except),
    foeOf: (mover, spot) => at(spot).some((c) => sideOf(c) !== sideOf(mover)),
  };
}

/** Whether the target can be seen and attacked from a square: not behind total cover. */
export function inSight(table: TableFacts, from: Spot, target: TableCombatant): boolean {
  if (!table.map || !target.at) return true;
  const others = living(table).filter((c) => c.id !== target.id).map((c) => cell(c.at!));
  return coverBetween(gridFromRows(table.map), cell(from), cell(target.at), others) !== 'total';
}

/** Free squares the mover can walk to this turn, with what each costs, cheapest first. */
function reachable(table: TableFacts, b: Board, mover: TableCombatant): Array<{ spot: Spot; cost: number }> {
  const from = cell(mover.at!);
  const spots: Array<{ spot: Spot; cost: number }> = [];
  for (let y = 0; y < b.grid.height; y++) {
    for (let x = 0; x < b.grid.width; x++) {
      if (b.taken([x, y], mover.id) || (x === from.x && y === from.y)) continue;
      const route = cheapestRoute(b.grid, from, { x, y }, { blocked: (c) => b.foeOf(mover, [c.x, c.y]), costFactor: 1, limit: mover.speed });
      if (route) spots.push({ spot: [x, y], cost: route.cost });
    }
  }
  return spots.sort((a, b) => a.cost - b.cost);
}

const squaresBetween = (a: Spot, b: Spot) => Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]));

/**
 * Where to move for an attack this turn: beside the target for a melee
 * attack, or somewhere it can be seen from for a ranged one; when neither
 * can be reached, as near to the target as the mover can get. Null when
 * the mover need not (or cannot) move.
 */
export function attackSpot(table: TableFacts, mover: TableCombatant, target: TableCombatant, melee: boolean): Spot | null {
  const b = board(table);
  if (!b || !mover.at || !target.at) return null;
  const fine = (spot: Spot) => (melee ? squaresBetween(spot, target.at!) <= 1 : inSight(table, spot, target));
  if (fine(mover.at)) return null;
  const options = reachable(table, b, mover);
  const best = options.find((o) => fine(o.spot));
  if (best) return best.spot;
  // Nearest by the walk still left, not as the crow flies: round a wall, not up against it.
  const left = (spot: Spot) => walkTo(b, mover, spot, target);
  const nearest = options.map((o) => ({ ...o, left: left(o.spot) })).sort((x, y) => x.left - y.left || x.cost - y.cost)[0];
  return nearest && nearest.left < left(mover.at) ? nearest.spot : null;
}

/** Feet of walking from a square to the target's, past walls and the mover's foes (Infinity when none gets there). */
function walkTo(b: Board, mover: TableCombatant, from: Spot, target: TableCombatant): number {
  const to = cell(target.at!);
  const blocked = (c: { x: number; y: number }) => !(c.x === to.x && c.y === to.y) && b.foeOf(mover, [c.x, c.y]);
  return cheapestRoute(b.grid, cell(from), to, { blocked, costFactor: 1, limit: Infinity })?.cost ?? Infinity;
}

/** Where to fall back to: the reachable square farthest from every standing foe, if farther than here. */
export function retreatSpot(table: TableFacts, mover: TableCombatant): Spot | null {
  const b = board(table);
  if (!b || !mover.at) return null;
  const foes = living(table).filter((c) => sideOf(c) !== sideOf(mover));
  const safety = (spot: Spot) => Math.min(...foes.map((f) => squaresBetween(spot, f.at!)), Infinity);
  const best = reachable(table, b, mover).sort((x, y) => safety(y.spot) - safety(x.spot) || x.cost - y.cost)[0];
  return best && safety(best.spot) > safety(mover.at) ? best.spot : null;
}
