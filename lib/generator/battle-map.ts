import { z } from 'zod';
import type { Cell, Terrain } from '@/lib/rules/grid';
import { drawBattleMap } from './battle-svg/draw-battle-map';
import { caveLayout } from './battle/cave';
import { type Cells, toRows } from './battle/cells';
import { connectAll } from './battle/connectivity';
import { dungeonLayout } from './battle/dungeon';
import { openEntrance } from './battle/entrance';
import { forestLayout } from './battle/forest';
import { ruinsLayout } from './battle/ruins';
import { type SpawnPoints, placeSpawns } from './battle/spawns';
import { townLayout } from './battle/town';
import { parseGeneratorInput } from './errors';
import { type Rng, createRng, seedSchema } from './rng';

/** The kinds of battlefield the generator can lay out, each with its own character. */
export const battleTerrainSchema = z.enum(['forest', 'ruins', 'cave', 'dungeon', 'town']);
export type BattleTerrain = z.infer<typeof battleTerrainSchema>;

/** Smallest and largest side in squares: big enough to manoeuvre, small enough to render and path quickly. */
export const MIN_MAP_SIDE = 8;
export const MAX_MAP_SIDE = 60;

const side = z.number().int().min(MIN_MAP_SIDE).max(MAX_MAP_SIDE);

/** A request for a battle map. */
export const battleMapRequestSchema = z.object({
  seed: seedSchema,
  width: side,
  height: side,
  terrain: battleTerrainSchema,
});
export type BattleMapRequest = z.input<typeof battleMapRequestSchema>;

/** A generated battle map, ready for lib/rules/grid (`gridFromRows(rows)`) and for the table (`svg`). */
export interface BattleMap {
  width: number;
  height: number;
  terrain: BattleTerrain;
  seed: number;
  /** cells[y][x], the same terrain names lib/rules/grid uses. */
  cells: Terrain[][];
  /** The same squares as glyph rows ('.', '#', ':', '~', '+'). */
  rows: string[];
  /** A passable square on the map's edge; every passable square is reachable from it. */
  entrance: Cell;
  spawnPoints: SpawnPoints;
  svg: string;
}

const layouts: Record<BattleTerrain, (rng: Rng, width: number, height: number) => Cells> = {
  dungeon: dungeonLayout,
  cave: caveLayout,
  ruins: ruinsLayout,
  forest: forestLayout,
  town: townLayout,
};

/** Separate random streams per step, so tuning one step does not reshuffle the others. */
const streams = { layout: 1, entrance: 2, spawns: 3 } as const;

/** Pockets smaller than this are filled in rather than tunnelled to: too small to matter in a fight. */
const MIN_POCKET = 4;

/**
 * Lays out a battle map for a seed: the same request always gives the same
 * map. Throws GeneratorInputError for sizes outside 8..60 or unknown terrain.
 */
export function generateBattleMap(request: BattleMapRequest): BattleMap {
  const { seed, width, height, terrain } = parseGeneratorInput(battleMapRequestSchema, request, 'battle map request');
  const cells = layouts[terrain](createRng(seed, streams.layout), width, height);
  const entrance = openEntrance(cells, createRng(seed, streams.entrance));
  connectAll(cells, entrance, MIN_POCKET);
  const spawnPoints = placeSpawns(cells, entrance, createRng(seed, streams.spawns));
  const map = { width, height, terrain, seed, cells, rows: toRows(cells), entrance, spawnPoints };
  return { ...map, svg: drawBattleMap(map) };
}
