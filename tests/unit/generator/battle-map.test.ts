import { describe, expect, it } from 'vitest';
import { type Cell, gridFromRows, isPassable } from '@/lib/rules/grid';
import { generateBattleMap } from '@/lib/generator/battle-map';
import { type BattleMap, battleTerrainSchema } from '@/lib/generator/battle/types';
import { GeneratorInputError } from '@/lib/generator/errors';
import { mixSeed } from '@/lib/generator/rng';

const terrains = battleTerrainSchema.options;
const key = (c: Cell) => `${c.x},${c.y}`;

/** Squares reachable from the entrance by orthogonal steps over passable ground. */
function reachable(map: BattleMap): Map<string, number> {
  const grid = gridFromRows(map.rows);
  const seen = new Map([[key(map.entrance), 0]]);
  const queue = [map.entrance];
  for (let head = 0; head < queue.length; head++) {
    const cell = queue[head] as Cell;
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]] as const) {
      const next = { x: cell.x + dx, y: cell.y + dy };
      if (isPassable(grid, next) && !seen.has(key(next))) {
        seen.set(key(next), (seen.get(key(cell)) ?? 0) + 1);
        queue.push(next);
      }
    }
  }
  return seen;
}

function passableCount(map: BattleMap): number {
  return map.rows.join('').replace(/#/g, '').length;
}

describe('generateBattleMap', () => {
  it('gives the same map for the same seed and a different one for another seed', () => {
    for (const terrain of terrains) {
      const a = generateBattleMap({ seed: 11, width: 30, height: 20, terrain });
      expect(generateBattleMap({ seed: 11, width: 30, height: 20, terrain })).toEqual(a);
      expect(generateBattleMap({ seed: 12, width: 30, height: 20, terrain }).rows).not.toEqual(a.rows);
    }
  });

  for (const terrain of terrains) {
    it(`lays out ${terrain} maps that are whole, reachable and ready for a fight, over 50 seeds`, () => {
      for (let i = 0; i < 50; i++) {
        const seed = mixSeed(2024, i);
        const width = 8 + (seed % 45);
        const height = 8 + ((seed >>> 8) % 35);
        const map = generateBattleMap({ seed, width, height, terrain });
        const grid = gridFromRows(map.rows);
        expect(grid.width).toBe(width);
        expect(grid.height).toBe(height);
        expect(grid.cells).toEqual(map.cells);

        const { x, y } = map.entrance;
        expect(x === 0 || y === 0 || x === width - 1 || y === height - 1).toBe(true);
        expect(isPassable(grid, map.entrance)).toBe(true);

        const reached = reachable(map);
        expect(reached.size, `${terrain} seed ${seed}: unreachable squares`).toBe(passableCount(map));

        const { party, foes } = map.spawnPoints;
        expect(party.length).toBeGreaterThanOrEqual(4);
        expect(foes.length).toBeGreaterThanOrEqual(4);
        const all = [...party, ...foes];
        expect(new Set(all.map(key)).size).toBe(all.length);
        for (const cell of all) expect(isPassable(grid, cell)).toBe(true);
        const farthestParty = Math.max(...party.map((c) => reached.get(key(c)) ?? Infinity));
        const nearestFoe = Math.min(...foes.map((c) => reached.get(key(c)) ?? -1));
        expect(nearestFoe).toBeGreaterThan(farthestParty);
      }
    });
  }

  it('gives each terrain its own character', () => {
    const share = (terrain: (typeof terrains)[number], glyph: string) => {
      const rows = generateBattleMap({ seed: 5, width: 40, height: 30, terrain }).rows.join('');
      return rows.split(glyph).length - 1;
    };
    expect(share('dungeon', '#')).toBeGreaterThan(600);
    expect(share('forest', '~')).toBeGreaterThan(20);
    expect(share('forest', '+')).toBeGreaterThan(40);
    expect(share('ruins', ':')).toBeGreaterThan(40);
    expect(share('cave', '~')).toBeGreaterThan(3);
    expect(share('town', '~')).toBeGreaterThan(0);
  });

  it('rejects maps too large, too small or of unknown terrain, saying what is wrong', () => {
    const huge = () => generateBattleMap({ seed: 1, width: 10000, height: 10000, terrain: 'cave' });
    expect(huge).toThrow(GeneratorInputError);
    expect(huge).toThrow(/width.*60/);
    expect(() => generateBattleMap({ seed: 1, width: 7, height: 20, terrain: 'cave' })).toThrow(/width.*8/);
    expect(() => generateBattleMap({ seed: 1, width: 20, height: 20.5, terrain: 'cave' })).toThrow(/height/);
    const swamp = () => generateBattleMap({ seed: 1, width: 20, height: 20, terrain: 'swamp' as never });
    expect(swamp).toThrow(GeneratorInputError);
    expect(swamp).toThrow(/terrain/);
    expect(() => generateBattleMap({ seed: -1, width: 20, height: 20, terrain: 'town' })).toThrow(/seed/);
  });
});
