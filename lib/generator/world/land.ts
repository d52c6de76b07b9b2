import type { Point } from '../geometry';
import type { Rng } from '../rng';

/** A landmass shaped as a wobbly ellipse around a centre, fitted within rx by ry: star-shaped, so "is this inland?" is one angle lookup. */
export interface Land {
  centre: Point;
  coastline: Point[];
  /** True when the point is within `share` of the way from the centre to the coast (1 = anywhere on land). */
  inland(p: Point, share: number): boolean;
}

const SAMPLES = 144;

/**
 * Sums a few sine waves of random phase around the circle: low harmonics
 * give peninsulas and bays, higher ones a ragged coast.
 */
export function makeLand(rng: Rng, centre: Point, rx: number, ry: number, roughness: number): Land {
  const waves = Array.from({ length: 14 }, (_, i) => ({
    k: i + 2,
    amplitude: (roughness * rng.real(0.4, 1)) / (i + 1.5) ** 1.3,
    phase: rng.real(0, 2 * Math.PI),
  }));
  const scale = (theta: number) => 1 + waves.reduce((sum, w) => sum + w.amplitude * Math.sin(w.k * theta + w.phase), 0);
  const raw = (theta: number) => (scale(theta) * rx * ry) / Math.hypot(ry * Math.cos(theta), rx * Math.sin(theta));
  // Shrink the whole coast if a peninsula would run off the page.
  const fit = Math.min(
    1,
    ...Array.from({ length: SAMPLES }, (_, i) => {
      const theta = (i / SAMPLES) * 2 * Math.PI;
      const r = raw(theta);
      return Math.min(rx / Math.max(1e-9, Math.abs(Math.cos(theta) * r)), ry / Math.max(1e-9, Math.abs(Math.sin(theta) * r)));
    }),
  );
  const radiusAt = (theta: number) => raw(theta) * fit;
  const coastline = Array.from({ length: SAMPLES }, (_, i) => {
    const theta = (i / SAMPLES) * 2 * Math.PI;
    const r = radiusAt(theta);
    return { x: centre.x + Math.cos(theta) * r, y: centre.y + Math.sin(theta) * r };
  });
  return {
    centre,
    coastline,
    inland(p, share) {
      const d = Math.hypot(p.x - centre.x, p.y - centre.y);
      return d <= share * radiusAt(Math.atan2(p.y - centre.y, p.x - centre.x));
    },
  };
}

/** A point drawn uniformly from the inner part of the land (the centre, in the unlikely case every draw misses). */
export function pointInland(rng: Rng, land: Land, share: number, rx: number, ry: number): Point {
  for (let attempt = 0; attempt < 500; attempt++) {
    const p = { x: land.centre.x + rng.real(-rx, rx), y: land.centre.y + rng.real(-ry, ry) };
    if (land.inland(p, share)) return p;
  }
  return land.centre;
}
