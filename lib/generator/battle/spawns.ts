import type { Cell } from '@/lib/rules/grid';
import type { Rng } from '../rng';
import { type Cells, allCells, getCell } from './cells';
import { distAt, distancesFrom } from './connectivity';

/** Where each side starts a fight. */
export interface SpawnPoints {
  party: Cell[];
  foes: Cell[];
}

const PARTY_SPAWNS = 6;
const FOE_SPAWNS = 8;

/**
 * The party starts on the squares nearest the entrance; foes on squares drawn
 * from the farthest quarter of the map, so the party has ground to cross.
 * Dry squares are preferred: nobody starts a fight swimming.
 */
export function placeSpawns(cells: Cells, entrance: Cell, rng: Rng): SpawnPoints {
  const dist = distancesFrom(cells, entrance);
  const reachable = allCells(cells).filter((c) => distAt(dist, c) >= 0);
  const dry = reachable.filter((c) => getCell(cells, c.x, c.y) !== 'water');
  const pool = dry.length >= PARTY_SPAWNS + FOE_SPAWNS ? dry : reachable;
  const perSide = Math.min(PARTY_SPAWNS, Math.floor(pool.length / 2));
  const byDistance = rng.shuffle(pool).sort((a, b) => distAt(dist, a) - distAt(dist, b));
  const party = byDistance.slice(0, perSide);
  const rest = byDistance.slice(perSide);
  const foeCount = Math.min(FOE_SPAWNS, rest.length);
  const farBand = rest.slice(Math.max(0, rest.length - Math.max(foeCount, Math.ceil(rest.length / 4))));
  const foes = rng.shuffle(farBand).slice(0, foeCount);
  return { party, foes };
}
