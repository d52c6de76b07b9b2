import { statBlockFor } from './bestiary';
import type { Creature, StatBlockInput } from './creature';
import { isPassable, sameCell, type Cell } from './grid';
import { RuleViolation } from './rule-violation';
import type { GoodsStack } from './scene-goods';
import type { NewSessionEvent } from './session-log';
import { allCombatants, type RulesState } from './state';
import { TableResolver } from './table-resolver';

/** The most creatures a game master places in one go. */
export const MAX_PLACED = 8;

/**
 * What a game master asks for: an SRD monster by name, or a monster of an
 * imported rulebook with its stat block already read (the book named for
 * the log, and what it wields and wears to be looted); how many, and whose
 * side they are on.
 */
export type Placement = { monster: string; count: number; hostile: boolean; by: string; imported?: { statBlock: StatBlockInput; book: string; gear: GoodsStack[] } };

/** Free squares of the battle map, from the top row down, for newcomers to stand on. */
function freeSquares(state: RulesState): Cell[] {
  const grid = state.grid;
  if (!grid) return [];
  const taken = allCombatants(state).flatMap((c) => (c.position && !c.dead ? [c.position] : []));
  const free: Cell[] = [];
  for (let y = 0; y < grid.height; y++) {
    for (let x = 0; x < grid.width; x++) {
      const cell = { x, y };
      if (isPassable(grid, cell) && !taken.some((t) => sameCell(t, cell))) free.push(cell);
    }
  }
  return free;
}

function freeId(state: RulesState, base: string): string {
  const taken = new Set(allCombatants(state).map((c) => c.id));
  for (let n = 1; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * A game master places monsters: each with its whole stat block (an SRD
 * monster's by name, or the imported one given), on a free square of the map
 * (the first from the top), rolling initiative and joining a fight in
 * progress. The log records it as the game master's edit, with who placed
 * what from which book.
 */
export function placeMonsters(state: RulesState, placement: Placement): { state: RulesState; events: NewSessionEvent[]; placed: Creature[] } {
  if (!Number.isInteger(placement.count) || placement.count < 1 || placement.count > MAX_PLACED) {
    throw new RuleViolation(`Place 1 to ${MAX_PLACED} creatures at a time`);
  }
  const block = placement.imported?.statBlock ?? statBlockFor(placement.monster);
  const book = placement.imported?.book ?? 'SRD 5.1';
  const resolver = new TableResolver(state);
  const squares = freeSquares(state);
  const placed = Array.from({ length: placement.count }, (_, i) => {
    const id = freeId(resolver.state, block.id);
    const name = placement.count > 1 ? `${block.name} ${i + 1}` : block.name;
    return resolver.addCreature(block, { id, name, hostile: placement.hostile, position: squares[i], gear: placement.imported?.gear });
  });
  const side = placement.hostile ? 'hostile' : 'friendly';
  const reason = `placed ${placement.count} × ${block.name} (${book}), ${side}`;
  return { state: resolver.state, events: [{ type: 'gm.edited', data: { reason, by: placement.by, patches: resolver.patches } }], placed };
}
