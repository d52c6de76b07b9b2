import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapestRoute } from '@/lib/rules/movement';
import { distanceFeet, enterCost, gridFromRows, isPassable } from '@/lib/rules/grid';
import { TurnResolver } from '@/lib/rules/turn-resolver';
import { arena, roomRows } from './fixtures';

const open = { blocked: () => false, costFactor: 1, limit: Infinity };

describe('the grid', () => {
  it('reads maps from glyph rows and refuses unknown glyphs', () => {
    const grid = gridFromRows(roomRows);
    expect([grid.width, grid.height]).toEqual([10, 6]);
    expect(grid.cells[1]![2]).toBe('wall');
    expect(grid.cells[4]![6]).toBe('cover');
    expect(() => gridFromRows(['..x'])).toThrow(/glyph "x"/);
  });

  it('counts a diagonal step as 5 ft', () => {
    expect(distanceFeet({ x: 0, y: 0 }, { x: 3, y: 3 })).toBe(15);
    expect(distanceFeet({ x: 0, y: 0 }, { x: 4, y: 1 })).toBe(20);
  });

  it('routes around walls and pays double for difficult terrain and water', () => {
    const grid = gridFromRows(roomRows);
    expect(cheapestRoute(grid, { x: 1, y: 2 }, { x: 3, y: 2 }, open)).toMatchObject({ cost: 20 });
    expect(cheapestRoute(gridFromRows(['.::.']), { x: 0, y: 0 }, { x: 3, y: 0 }, open)).toMatchObject({ cost: 25 });
    expect(cheapestRoute(gridFromRows(['.~.', '...']), { x: 0, y: 0 }, { x: 2, y: 0 }, open)!.cost).toBe(10);
    expect(cheapestRoute(gridFromRows(['.#.', '.#.']), { x: 0, y: 0 }, { x: 2, y: 0 }, open)).toBeNull();
  });

  it('never squeezes diagonally between two walls', () => {
    expect(cheapestRoute(gridFromRows(['.#', '#.']), { x: 0, y: 0 }, { x: 1, y: 1 }, open)).toBeNull();
  });
});

describe('routes on any map', () => {
  const rows = fc.array(fc.stringMatching(/^[.#:~+]{6}$/), { minLength: 2, maxLength: 6 });
  const at = fc.record({ x: fc.integer({ min: 0, max: 5 }), y: fc.integer({ min: 0, max: 5 }) });

  it('step to adjacent open squares, cost what their squares cost, and are never shorter than the distance', () => {
    fc.assert(
      fc.property(rows, at, at, fc.integer({ min: 0, max: 60 }), (glyphs, from, to, limit) => {
        const grid = gridFromRows(glyphs);
        if (!isPassable(grid, from) || !isPassable(grid, to)) return;
        const route = cheapestRoute(grid, from, to, { blocked: () => false, costFactor: 1, limit });
        if (!route) return;
        expect(route.path[0]).toEqual(from);
        expect(route.path.at(-1)).toEqual(to);
        let cost = 0;
        for (let i = 1; i < route.path.length; i++) {
          const [a, b] = [route.path[i - 1]!, route.path[i]!];
          expect(distanceFeet(a, b)).toBe(5);
          expect(isPassable(grid, b)).toBe(true);
          cost += enterCost(grid, b);
        }
        expect(route.cost).toBe(cost);
        expect(route.cost).toBeLessThanOrEqual(limit);
        expect(route.cost).toBeGreaterThanOrEqual(distanceFeet(from, to));
      }),
    );
  });
});

describe('moving in a fight', () => {
  function fight() {
    const resolver = new TurnResolver(arena());
    resolver.startCombat();
    return resolver;
  }
  const current = (r: TurnResolver) => r.state.combat!.order[r.state.combat!.turnIndex]!.id;

  it('spends movement from the speed budget and refuses moves beyond it', () => {
    const r = fight();
    while (current(r) !== 'tamsin') r.endTurn(current(r));
    const moved = r.move('tamsin', { x: 0, y: 2 });
    expect([moved.cost, moved.movementLeft]).toEqual([15, 15]);
    expect(() => r.move('tamsin', { x: 4, y: 2 })).toThrow('Tamsin Holloway needs 20 ft to reach 4,2 but has 15 ft of movement left');
    r.move('tamsin', { x: 0, y: 5 });
    expect(() => r.move('tamsin', { x: 1, y: 4 })).toThrow(/no movement left this turn/);
  });

  it('rejects walking into walls, occupied squares and off the grid', () => {
    const r = fight();
    while (current(r) !== 'tamsin') r.endTurn(current(r));
    expect(() => r.move('tamsin', { x: 2, y: 2 })).toThrow(/is a wall/);
    expect(() => r.move('tamsin', { x: 1, y: 5 })).toThrow(/already occupies/);
    expect(() => r.move('tamsin', { x: 10, y: 0 })).toThrow(/off the/);
  });

  it('rejects moving out of turn', () => {
    const r = fight();
    const other = r.state.combat!.order.find((e) => e.id !== current(r) && !e.id.startsWith('gob'))!.id;
    expect(() => r.move(other, { x: 5, y: 5 })).toThrow(/It is .*'s turn, not/);
  });

  it('lets allies pass through each other but not through foes', () => {
    const r = new TurnResolver(arena());
    for (const id of ['tamsin', 'wren', 'oswin', 'hesper', 'gob-1', 'gob-2']) r.place(id, null);
    r.setGrid(gridFromRows(['.....', '#####']));
    r.place('tamsin', { x: 0, y: 0 });
    r.place('wren', { x: 1, y: 0 });
    r.place('gob-1', { x: 3, y: 0 });
    expect(r.move('tamsin', { x: 2, y: 0 }).path).toHaveLength(3);
    expect(() => r.move('tamsin', { x: 4, y: 0 })).toThrow(/No route/);
  });

  it('makes a prone creature crawl at double cost, and standing costs half its speed', () => {
    const r = fight();
    while (current(r) !== 'tamsin') r.endTurn(current(r));
    r.applyCondition('tamsin', 'prone');
    expect(r.move('tamsin', { x: 1, y: 4 }).cost).toBe(10);
    expect(r.standUp('tamsin').movementLeft).toBe(5);
    expect(() => r.standUp('tamsin')).toThrow(/not prone/);
  });

  it('keeps a frightened creature from moving closer to its fear', () => {
    const r = fight();
    while (current(r) !== 'tamsin') r.endTurn(current(r));
    r.applyCondition('tamsin', 'frightened', 'gob-1');
    expect(() => r.move('tamsin', { x: 5, y: 4 })).toThrow(/frightened/);
    expect(r.move('tamsin', { x: 0, y: 4 }).cost).toBe(5);
  });

  it('roots the grappled in place, and Dash doubles what is left', () => {
    const r = fight();
    while (current(r) !== 'wren') r.endTurn(current(r));
    expect(r.dash('wren')).toBe(60);
    expect(() => r.dash('wren')).toThrow(/already used their action/);
    r.applyCondition('wren', 'grappled', 'gob-1');
    expect(() => r.move('wren', { x: 3, y: 4 })).toThrow('Wren Ashdown cannot move: their speed is 0');
  });
});

describe('setting up the battle map', () => {
  it('refuses a map that would put someone inside a wall, and clearing the map clears positions', () => {
    const r = new TurnResolver(arena());
    expect(() => r.setGrid(gridFromRows(['#' + '.'.repeat(9), ...Array(5).fill('.'.repeat(10))]))).not.toThrow();
    expect(() => r.setGrid(gridFromRows(Array(6).fill('#'.repeat(10))))).toThrow(/is a wall/);
    expect(() => r.setGrid({ width: 2, height: 2, cells: [['floor']] })).toThrow(/Invalid grid/);
    r.setGrid(null);
    expect(r.state.party.every((c) => c.position === null)).toBe(true);
    expect(() => r.place('tamsin', { x: 0, y: 0 })).toThrow(/no battle grid/);
  });

  it('places creatures from the bestiary, a stat block or a whole creature, on free squares only', () => {
    const r = new TurnResolver(arena());
    const crab = r.addCreature('tideworn-crab', { id: 'crab', hostile: false, position: { x: 5, y: 0 } });
    expect(crab).toMatchObject({ statBlockId: 'tideworn-crab', hostile: false, hp: 13 });
    expect(() => r.addCreature('kobold', { id: 'k1', position: { x: 5, y: 0 } })).toThrow(/already occupies/);
    expect(() => r.addCreature({ ...crab, hp: 5 }, { id: 'crab-2' })).toThrow(/Tideworn Crab already occupies square 5,0/);
    const copy = r.addCreature({ ...crab, hp: 5 }, { id: 'crab-2', name: 'Old Pincer', position: { x: 6, y: 0 } });
    expect(copy).toMatchObject({ id: 'crab-2', name: 'Old Pincer', hp: 5, position: { x: 6, y: 0 } });
    expect(() => r.addCreature({ ...crab, hp: 50 }, { id: 'crab-3', position: { x: 7, y: 0 } })).toThrow(/Invalid creature/);
  });
});
