import { drawBattleMap } from './battle-svg/draw-battle-map';
import { caveLayout } from './battle/cave';
import { type Cells, toRows } from './battle/cells';
import { connectAll } from './battle/connectivity';
import { dungeonLayout } from './battle/dungeon';
import { openEntrance } from './battle/entrance';
import { forestLayout } from './battle/forest';
import { ruinsLayout } from './battle/ruins';
import { placeSpawns } from './battle/spawns';
import { townLayout } from './battle/town';
import { type BattleMap, type BattleMapRequest, type BattleTerrain, battleMapRequestSchema } from './battle/types';
import { parseGeneratorInput } from './errors';
import { type Rng, createRng } from './rng';

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
