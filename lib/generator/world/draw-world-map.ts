import type { Point } from '../geometry';
import type { Rng } from '../rng';
import { escapeXml, n, svgDocument } from '../svg-kit';
import type { Land } from './land';
import { drawCompass, drawRegionSymbols } from './symbols';
import type { WorldMap } from './types';

const INK = '#5b3f24';
const SEA = '#b8cbc4';
const LAND = '#eee0b8';

function closedPath(points: readonly Point[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${n(p.x)} ${n(p.y)}`).join('') + 'Z';
}

/** Legs bow gently to one side, as roads do, instead of running ruler-straight. */
function routePath(locations: readonly Point[], rng: Rng): string {
  const [first, ...rest] = locations;
  if (!first) return '';
  let d = `M${n(first.x)} ${n(first.y)}`;
  let from = first;
  for (const to of rest) {
    const bend = rng.real(-0.25, 0.25);
    const mx = (from.x + to.x) / 2 - (to.y - from.y) * bend;
    const my = (from.y + to.y) / 2 + (to.x - from.x) * bend;
    d += `Q${n(mx)} ${n(my)} ${n(to.x)} ${n(to.y)}`;
    from = to;
  }
  return d;
}

const text = (x: number, y: number, size: number, attributes: string, content: string) =>
  `<text x="${n(x)}" y="${n(y)}" font-size="${size}" ${attributes}>${escapeXml(content)}</text>`;

/**
 * Draws a world map on parchment: sea with coastal ripple lines, land,
 * region symbols and names, the route, the locations and their labels, a
 * compass rose and a title cartouche.
 */
export function drawWorldMap(map: Omit<WorldMap, 'svg'>, rng: Rng, land: Land): string {
  const { width, height } = map;
  // Ids carry the seed so two maps inlined in one page keep their own filters.
  const id = `world-${map.seed.toString(36)}`;
  const shores = [closedPath(map.coastline), ...map.islands.map(closedPath)].join('');
  const halo = `stroke="${LAND}" stroke-width="4" paint-order="stroke" stroke-linejoin="round"`;
  const defs =
    `<defs><filter id="${id}-paper" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.008" numOctaves="4" seed="${map.seed % 10000}"/>` +
    `<feColorMatrix values="0 0 0 0 0.45 0 0 0 0 0.32 0 0 0 0 0.15 0 0 0 1 -0.4"/></filter>` +
    `<radialGradient id="${id}-vignette" cx="50%" cy="50%" r="70%"><stop offset="60%" stop-color="#000" stop-opacity="0"/><stop offset="100%" stop-color="#3b2410" stop-opacity="0.45"/></radialGradient></defs>`;
  const ripples = [28, 18, 9]
    .map((w, i) => `<path d="${shores}" fill="none" stroke="#7f9c99" stroke-opacity="${0.18 + i * 0.1}" stroke-width="${w}" stroke-linejoin="round"/>`)
    .join('');
  const regions = map.regions
    .map((r) => text(r.x, r.y + 5, 17, `text-anchor="middle" font-family="Georgia, serif" font-style="italic" letter-spacing="3" fill="${INK}" fill-opacity="0.8" ${halo}`, r.name.toUpperCase()))
    .join('');
  const markers = map.locations
    .map(
      (l, i) =>
        `<circle cx="${n(l.x)}" cy="${n(l.y)}" r="${i === 0 ? 7 : 5.5}" fill="#8c2f1c" stroke="${LAND}" stroke-width="2"/>` +
        text(l.x, l.y - 11, 13, `text-anchor="middle" font-family="Georgia, serif" fill="#2e1d0e" ${halo}`, l.title),
    )
    .join('');
  const body = [
    defs,
    `<rect width="${width}" height="${height}" fill="${SEA}"/>`,
    ripples,
    `<path d="${shores}" fill="${LAND}" stroke="${INK}" stroke-width="2" stroke-linejoin="round"/>`,
    `<rect width="${width}" height="${height}" filter="url(#${id}-paper)"/>`,
    drawRegionSymbols(map.regions, map.locations, land, rng),
    regions,
    `<path d="${routePath(map.locations, rng)}" fill="none" stroke="#8c2f1c" stroke-width="2.5" stroke-dasharray="8 6" stroke-linecap="round"/>`,
    markers,
    drawCompass(width - 80, height - 85, 46),
    `<rect x="24" y="18" width="${n(Math.min(520, 60 + map.name.length * 14))}" height="46" rx="6" fill="${LAND}" stroke="${INK}" stroke-width="2"/>`,
    text(44, 50, 24, `font-family="Georgia, serif" font-weight="bold" fill="${INK}"`, map.name),
    `<rect width="${width}" height="${height}" fill="url(#${id}-vignette)"/>`,
    `<rect x="6" y="6" width="${width - 12}" height="${height - 12}" fill="none" stroke="${INK}" stroke-width="3"/>`,
    `<rect x="12" y="12" width="${width - 24}" height="${height - 24}" fill="none" stroke="${INK}" stroke-width="1"/>`,
  ];
  return svgDocument(width, height, body.join(''), map.name);
}
