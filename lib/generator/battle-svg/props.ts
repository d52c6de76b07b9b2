import type { Cell } from '@/lib/rules/grid';
import type { Rng } from '../rng';
import { dot, n, path, polygon } from '../svg-kit';
import type { Palette } from './palette';

/** A rough stone outline: a polygon whose radius wanders around the centre. */
function rock(rng: Rng, cx: number, cy: number, r: number): string {
  const sides = rng.int(6, 8);
  const points = Array.from({ length: sides }, (_, i) => {
    const angle = (i / sides) * 2 * Math.PI;
    const radius = r * rng.real(0.75, 1.1);
    return [cx + Math.cos(angle) * radius, cy + Math.sin(angle) * radius] as const;
  });
  return polygon(points);
}

/**
 * The things that give cover, drawn as what they are on this kind of map:
 * pillars in dungeons, broken columns in ruins, boulders in caves, crates
 * and barrels in town. (Trees are drawn by the foliage layer.)
 */
export function drawProps(squares: readonly Cell[], palette: Palette, rng: Rng, cell: number): string {
  const bodies: string[] = [];
  const details: string[] = [];
  for (const { x, y } of squares) {
    const cx = (x + 0.5) * cell;
    const cy = (y + 0.5) * cell;
    const r = cell * 0.36;
    if (palette.cover === 'pillar') {
      bodies.push(dot(cx, cy, r));
      details.push(dot(cx, cy, r * 0.6));
    } else if (palette.cover === 'column') {
      bodies.push(dot(cx, cy, r * rng.real(0.8, 1)));
      details.push(`M${n(cx - r * 0.5)} ${n(cy - r * 0.2)}l${n(r * 0.4)} ${n(r * 0.3)}l${n(r * 0.3)} ${n(-r * 0.1)}l${n(r * 0.3)} ${n(r * 0.4)}`);
    } else if (palette.cover === 'boulder') {
      bodies.push(rock(rng, cx, cy, r));
      details.push(`M${n(cx - r * 0.4)} ${n(cy - r * 0.3)}q${n(r * 0.3)} ${n(-r * 0.3)} ${n(r * 0.7)} ${n(-r * 0.1)}`);
    } else if (rng.chance(0.5)) {
      const s = r * 0.85;
      bodies.push(polygon([[cx - s, cy - s], [cx + s, cy - s], [cx + s, cy + s], [cx - s, cy + s]]));
      details.push(`M${n(cx - s)} ${n(cy - s)}L${n(cx + s)} ${n(cy + s)}M${n(cx + s)} ${n(cy - s)}L${n(cx - s)} ${n(cy + s)}`);
    } else {
      bodies.push(dot(cx, cy, r * 0.8));
      details.push(dot(cx, cy, r * 0.5));
    }
  }
  const body = bodies.join('');
  return (
    path(body, `fill="#000" fill-opacity="0.3" transform="translate(2.5 2.5)"`) +
    path(body, `fill="${palette.coverFill}" stroke="${palette.wallLine}" stroke-width="1.5"`) +
    path(details.join(''), `fill="none" stroke="${palette.wallLine}" stroke-width="1" stroke-opacity="0.7"`)
  );
}
