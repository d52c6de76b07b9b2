import { describe, expect, it } from 'vitest';
import { GeneratorInputError } from '@/lib/generator/errors';
import type { Point } from '@/lib/generator/geometry';
import { generateWorldMap } from '@/lib/generator/world/world-map';
import { expectStandaloneSvg } from './svg-check';

/** Even-odd ray casting, independent of the generator's own star-shaped land test. */
function insidePolygon(p: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i] as Point;
    const b = polygon[j] as Point;
    if (a.y > p.y !== b.y > p.y && p.x < ((b.x - a.x) * (p.y - a.y)) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

const places = (count: number) => Array.from({ length: count }, (_, i) => ({ id: `loc-${i}`, title: `Place <${i}> & co` }));

describe('generateWorldMap', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = generateWorldMap({ seed: 4, locations: places(6) });
    expect(generateWorldMap({ seed: 4, locations: places(6) })).toEqual(a);
    const b = generateWorldMap({ seed: 5, locations: places(6) });
    expect(b.coastline).not.toEqual(a.coastline);
    expect(b.svg).not.toBe(a.svg);
  });

  it('places every location on land, joined in order by the route, for 1 to 30 locations', () => {
    for (let seed = 0; seed < 30; seed++) {
      const count = 1 + seed;
      const map = generateWorldMap({ seed, locations: places(count) });
      expect(map.locations.map((l) => l.id)).toEqual(places(count).map((l) => l.id));
      for (const l of map.locations) expect(insidePolygon(l, map.coastline), `seed ${seed} ${l.id}`).toBe(true);
      expect(map.route).toEqual(map.locations.slice(1).map((l, i) => ({ from: `loc-${i}`, to: l.id })));
      expect(map.regions.length).toBeGreaterThanOrEqual(1);
      expect(new Set(map.regions.map((r) => r.name)).size).toBe(map.regions.length);
      for (const r of map.regions) expect(insidePolygon(r, map.coastline)).toBe(true);
    }
  });

  it('draws parchment, coast, labels and a compass as a standalone SVG', () => {
    const map = generateWorldMap({ seed: 8, name: 'The Shattered Coast', locations: places(12) });
    expectStandaloneSvg(map.svg);
    expect(map.svg).toContain('The Shattered Coast');
    expect(map.svg).toContain('Place &#60;3&#62; &#38; co');
    expect(map.svg).toContain('>N</text>');
    expect(map.svg.length).toBeLessThan(150_000);
  });

  it('rejects no locations, too many, empty titles and repeated ids', () => {
    const zero = () => generateWorldMap({ seed: 1, locations: [] });
    expect(zero).toThrow(GeneratorInputError);
    expect(zero).toThrow(/locations: needs at least 1 location/);
    expect(() => generateWorldMap({ seed: 1, locations: places(31) })).toThrow(/at most 30/);
    expect(() => generateWorldMap({ seed: 1, locations: [{ id: 'a', title: '  ' }] })).toThrow(/title: must not be empty/);
    expect(() => generateWorldMap({ seed: 1, name: '', locations: places(1) })).toThrow(/name: must not be empty/);
    expect(() => generateWorldMap({ seed: 1, locations: [...places(2), { id: 'loc-0', title: 'Again' }] })).toThrow(/unique/);
  });
});
