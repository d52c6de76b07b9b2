import { type Point, distance } from '../geometry';
import type { Rng } from '../rng';
import { dot, n } from '../svg-kit';
import type { Land } from './land';
import type { RegionKind, WorldRegion } from './types';

const INK = '#5b3f24';

/** One map symbol in the old cartographers' manner, as outline and shade path data. */
function symbol(kind: RegionKind, p: Point, size: number): { line: string; shade: string } {
  const x = p.x;
  const y = p.y;
  const s = size;
  switch (kind) {
    case 'mountains':
      return {
        line: `M${n(x - s)} ${n(y)}L${n(x)} ${n(y - s * 1.5)}L${n(x + s)} ${n(y)}`,
        shade: `M${n(x)} ${n(y - s * 1.5)}L${n(x + s)} ${n(y)}L${n(x + s * 0.2)} ${n(y)}Z`,
      };
    case 'hills':
      return { line: `M${n(x - s)} ${n(y)}Q${n(x)} ${n(y - s * 1.2)} ${n(x + s)} ${n(y)}`, shade: '' };
    case 'forest':
      return { line: `M${n(x)} ${n(y)}V${n(y + s * 0.6)}`, shade: dot(x, y - s * 0.2, s * 0.55) };
    case 'marsh':
      return { line: `M${n(x - s)} ${n(y)}H${n(x + s)}M${n(x - s * 0.5)} ${n(y - 3)}H${n(x + s * 0.5)}M${n(x)} ${n(y)}V${n(y - s)}`, shade: '' };
    default:
      return { line: `M${n(x - 2)} ${n(y)}h1M${n(x + 3)} ${n(y - 2)}h1`, shade: '' };
  }
}

/**
 * Symbols scattered over each region, kept off the coast and clear of the
 * locations so their labels stay readable.
 */
export function drawRegionSymbols(regions: readonly WorldRegion[], keepClear: readonly Point[], land: Land, rng: Rng): string {
  const lines: string[] = [];
  const shades: string[] = [];
  const placed: Point[] = [];
  for (const region of regions) {
    const size = region.kind === 'mountains' ? 11 : 8;
    for (let i = 0; i < 38; i++) {
      const angle = rng.real(0, 2 * Math.PI);
      const r = region.radius * Math.sqrt(rng.real(0, 1));
      const p = { x: region.x + Math.cos(angle) * r, y: region.y + Math.sin(angle) * r };
      const clear =
        land.inland(p, 0.9) &&
        keepClear.every((c) => distance(c, p) > 34) &&
        placed.every((c) => distance(c, p) > size * 1.6) &&
        Math.abs(p.y - region.y) > 14;
      if (!clear) continue;
      placed.push(p);
      const { line, shade } = symbol(region.kind, p, size);
      lines.push(line);
      shades.push(shade);
    }
  }
  return (
    `<path d="${shades.join('')}" fill="${INK}" fill-opacity="0.35"/>` +
    `<path d="${lines.join('')}" fill="none" stroke="${INK}" stroke-width="1.4" stroke-linecap="round" stroke-linejoin="round"/>`
  );
}

/** An eight-point compass rose with the north point picked out. */
export function drawCompass(cx: number, cy: number, r: number): string {
  const star = (radius: number, inner: number, offset: number) =>
    Array.from({ length: 8 }, (_, i) => {
      const a = offset + (i * Math.PI) / 4;
      const rr = i % 2 === 0 ? radius : inner;
      return `${i ? 'L' : 'M'}${n(cx + Math.sin(a) * rr)} ${n(cy - Math.cos(a) * rr)}`;
    }).join('') + 'Z';
  return (
    `<g stroke="${INK}" stroke-width="1.2">` +
    `<circle cx="${n(cx)}" cy="${n(cy)}" r="${n(r * 0.75)}" fill="none"/>` +
    `<path d="${star(r * 0.7, r * 0.18, Math.PI / 4)}" fill="#d9c49a"/>` +
    `<path d="${star(r, r * 0.2, 0)}" fill="#efe2bf"/>` +
    `<path d="M${n(cx)} ${n(cy - r)}L${n(cx + r * 0.2)} ${n(cy - r * 0.2)}L${n(cx)} ${n(cy)}Z" fill="#8c2f1c"/>` +
    `</g>` +
    `<text x="${n(cx)}" y="${n(cy - r - 6)}" text-anchor="middle" font-family="Georgia, serif" font-size="16" font-weight="bold" fill="${INK}">N</text>`
  );
}
