import type { Cell, Terrain } from '@/lib/rules/grid';
import type { BattleMap } from '../battle/types';
import type { Cells } from '../battle/cells';
import { createRng } from '../rng';
import { n, path, svgDocument } from '../svg-kit';
import { type CornerAt, jitteredCorners } from './corners';
import { battleDefs } from './defs';
import { drawTrees } from './foliage';
import { drawDifficult, drawWater } from './ground-features';
import { type Palette, palettes } from './palette';
import { drawProps } from './props';
import { boundaryPath, regionPath } from './regions';

/** Page units per square: a common battle-map resolution that keeps line widths legible. */
export const CELL_PX = 32;

/** The drawing's own random stream, apart from the layout's, so restyling never moves a wall. */
const DRAWING_STREAM = 101;

function squaresOf(cells: Cells, terrain: Terrain): Cell[] {
  return cells.flatMap((row, y) => row.flatMap((t, x) => (t === terrain ? [{ x, y }] : [])));
}

/** Walls: a cast shadow, the solid mass, its texture, then a heavy hand-drawn outline. */
function drawWalls(cells: Cells, palette: Palette, corner: CornerAt, id: string): string {
  const d = regionPath(cells, 'wall', corner);
  if (!d) return '';
  return (
    `<defs><path id="${id}-walls" d="${d}"/></defs>` +
    `<use href="#${id}-walls" fill="#000" fill-opacity="0.3" transform="translate(3 3)"/>` +
    `<use href="#${id}-walls" fill="${palette.wall}" stroke="${palette.wall}" stroke-width="1"/>` +
    `<use href="#${id}-walls" fill="url(#${id}-${palette.wallTexture})"/>` +
    path(boundaryPath(cells, 'wall', corner), `fill="none" stroke="${palette.wallLine}" stroke-width="3" stroke-linecap="round"`)
  );
}

/** A gold chevron on the entrance square, pointing into the map. */
function drawEntrance(map: Omit<BattleMap, 'svg'>): string {
  const { x, y } = map.entrance;
  const angle = x === 0 ? 0 : x === map.width - 1 ? 180 : y === 0 ? 90 : 270;
  const cx = (x + 0.5) * CELL_PX;
  const cy = (y + 0.5) * CELL_PX;
  const s = CELL_PX * 0.32;
  return (
    `<g transform="translate(${n(cx)} ${n(cy)}) rotate(${angle})">` +
    `<rect x="${-CELL_PX / 2 + 2}" y="${-CELL_PX / 2 + 2}" width="${CELL_PX - 4}" height="${CELL_PX - 4}" rx="4" fill="#e8b83a" fill-opacity="0.35" stroke="#8a5a12" stroke-width="1.5"/>` +
    `<path d="M${n(-s)} ${n(-s)}L${n(s * 0.4)} 0L${n(-s)} ${n(s)}M${n(-s * 0.2)} ${n(-s)}L${n(s * 1.2)} 0L${n(-s * 0.2)} ${n(s)}" fill="none" stroke="#8a5a12" stroke-width="3" stroke-linecap="round" stroke-linejoin="round"/>` +
    `</g>`
  );
}

/**
 * Draws a battle map as a standalone SVG: textured ground, water with
 * ripples, rubble or brush, textured walls (or trees), props for cover, a
 * light square grid and the entrance. Deterministic for the map's seed.
 */
export function drawBattleMap(map: Omit<BattleMap, 'svg'>): string {
  const palette = palettes[map.terrain];
  const rng = createRng(map.seed, DRAWING_STREAM);
  const width = map.width * CELL_PX;
  const height = map.height * CELL_PX;
  const corner = jitteredCorners(map.seed, map.width, map.height, CELL_PX);
  const full = `width="${width}" height="${height}"`;
  const cover = squaresOf(map.cells, 'cover');
  const id = `map-${map.terrain}-${map.width}x${map.height}-${map.seed.toString(36)}`;
  const layers = [
    battleDefs(palette, CELL_PX, map.seed, id),
    `<rect ${full} fill="${palette.ground}"/>`,
    `<rect ${full} filter="url(#${id}-stain)"/>`,
    palette.groundPattern ? `<rect ${full} fill="url(#${id}-${palette.groundPattern})"/>` : '',
    `<rect ${full} filter="url(#${id}-grain)" opacity="0.35"/>`,
    drawDifficult(map.cells, palette, rng, CELL_PX),
    drawWater(map.cells, palette, corner, rng, CELL_PX),
    palette.wallTexture === 'trees' ? drawTrees(squaresOf(map.cells, 'wall'), cover, rng, CELL_PX) : drawWalls(map.cells, palette, corner, id),
    palette.cover === 'tree' ? '' : drawProps(cover, palette, rng, CELL_PX),
    `<rect ${full} fill="url(#${id}-grid)"/>`,
    drawEntrance(map),
    `<rect x="1.5" y="1.5" width="${width - 3}" height="${height - 3}" fill="none" stroke="${palette.wallLine}" stroke-width="3"/>`,
  ];
  return svgDocument(width, height, layers.join(''), `${map.terrain} battle map`);
}
