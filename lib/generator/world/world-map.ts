import { parseGeneratorInput } from '../errors';
import { type Point, distance } from '../geometry';
import { distinctPlaceName, placeName } from '../names';
import { type Rng, createRng } from '../rng';
import { type Land, makeLand, pointInland } from './land';
import { drawWorldMap } from './draw-world-map';
import { type RegionKind, type WorldMap, type WorldMapRequest, type WorldRegion, worldMapRequestSchema } from './types';

export const WORLD_WIDTH = 1000;
export const WORLD_HEIGHT = 700;
const CENTRE = { x: 500, y: 370 };
const RX = 420;
const RY = 270;
const kinds: readonly RegionKind[] = ['mountains', 'forest', 'hills', 'marsh', 'plains'];

/** Each location a short walk from the last, so the route reads as a journey rather than a scribble. */
function placeLocations(rng: Rng, land: Land, count: number): Point[] {
  const placed: Point[] = [];
  let spacing = 90;
  while (placed.length < count) {
    const previous = placed[placed.length - 1];
    let next: Point | undefined;
    for (let attempt = 0; attempt < 80 && !next; attempt++) {
      const angle = rng.real(0, 2 * Math.PI);
      const step = rng.real(spacing, spacing * 1.8);
      const candidate = previous ? { x: previous.x + Math.cos(angle) * step, y: previous.y + Math.sin(angle) * step } : pointInland(rng, land, 0.7, RX, RY);
      if (land.inland(candidate, 0.85) && placed.every((p) => distance(p, candidate) >= spacing)) next = candidate;
    }
    if (next) placed.push(next);
    else spacing *= 0.8;
    // Once spacing is down to a few units any inland point will do; the bound keeps the loop finite.
    if (spacing < 4) placed.push(pointInland(rng, land, 0.85, RX, RY));
  }
  return placed;
}

/** Region centres keep clear of locations, so the region's name never sits on a location's label. */
function placeRegions(rng: Rng, land: Land, locations: readonly Point[]): WorldRegion[] {
  const count = rng.int(3, 5);
  const regions: WorldRegion[] = [];
  const taken = new Set<string>();
  for (let attempt = 0; attempt < 200 && regions.length < count; attempt++) {
    const centre = pointInland(rng, land, 0.75, RX, RY);
    if (regions.some((r) => distance(r, centre) < 190) || locations.some((l) => distance(l, centre) < 60)) continue;
    const name = distinctPlaceName(rng, taken);
    taken.add(name);
    regions.push({ ...centre, name, kind: kinds[(regions.length + rng.int(0, 4)) % kinds.length] ?? 'plains', radius: rng.real(90, 140) });
  }
  return regions;
}

function islands(rng: Rng, land: Land): Point[][] {
  const found: Point[][] = [];
  for (let attempt = 0; attempt < 30 && found.length < 3; attempt++) {
    const centre = { x: rng.real(60, WORLD_WIDTH - 60), y: rng.real(80, WORLD_HEIGHT - 60) };
    if (land.inland(centre, 1.25)) continue;
    found.push(makeLand(rng, centre, rng.real(14, 34), rng.real(10, 24), 0.3).coastline);
  }
  return found;
}

/**
 * Draws up a world for a seed: a coastline, a few named regions, islands,
 * and the requested locations on land joined by a route in order.
 * Throws GeneratorInputError for 0 or more than 30 locations, empty titles
 * or repeated ids.
 */
export function generateWorldMap(request: WorldMapRequest): WorldMap {
  const input = parseGeneratorInput(worldMapRequestSchema, request, 'world map request');
  const rng = createRng(input.seed, 201);
  const land = makeLand(rng, CENTRE, RX, RY, 0.35);
  const points = placeLocations(rng, land, input.locations.length);
  const locations = input.locations.map((l, i) => ({ id: l.id, title: l.title, ...(points[i] ?? land.centre) }));
  const map = {
    seed: input.seed,
    name: input.name ?? placeName(rng),
    width: WORLD_WIDTH,
    height: WORLD_HEIGHT,
    coastline: land.coastline,
    islands: islands(rng, land),
    regions: placeRegions(rng, land, points),
    locations,
    route: locations.slice(1).map((l, i) => ({ from: locations[i]?.id ?? l.id, to: l.id })),
  };
  return { ...map, svg: drawWorldMap(map, createRng(input.seed, 202), land) };
}
