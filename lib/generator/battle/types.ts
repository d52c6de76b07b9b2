import { z } from 'zod';
import type { Cell, Terrain } from '@/lib/rules/grid';
import { seedSchema } from '../rng';
import type { SpawnPoints } from './spawns';

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
