import { n } from '../svg-kit';
import type { Palette } from './palette';

/**
 * Patterns and filters the map layers refer to by id. They live inside the
 * document, so the SVG stays standalone; the noise seed follows the map seed
 * so the stains are as repeatable as the layout. Ids carry the map's prefix
 * so two maps inlined in one page keep their own patterns.
 */
export function battleDefs(palette: Palette, cell: number, seed: number, id: string): string {
  const [r, g, b] = palette.stain;
  const half = cell / 2;
  const patterns = [
    `<filter id="${id}-stain" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.012" numOctaves="4" seed="${seed % 10000}"/>` +
      `<feColorMatrix values="0 0 0 0 ${r} 0 0 0 0 ${g} 0 0 0 0 ${b} 0 0 0 1.1 -0.42"/></filter>`,
    `<filter id="${id}-grain" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="1" seed="${(seed >>> 8) % 10000}"/>` +
      `<feColorMatrix values="0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0.5 -0.2"/></filter>`,
    `<pattern id="${id}-grid" width="${cell}" height="${cell}" patternUnits="userSpaceOnUse"><path d="M${cell} 0H0V${cell}" fill="none" stroke="${palette.grid}" stroke-width="0.8" stroke-opacity="0.35"/></pattern>`,
    `<pattern id="${id}-hatch" width="7" height="7" patternUnits="userSpaceOnUse" patternTransform="rotate(40)"><path d="M0 0V7" stroke="${palette.wallLine}" stroke-width="1.6" stroke-opacity="0.7"/></pattern>`,
    `<pattern id="${id}-stones" width="${cell}" height="${half}" patternUnits="userSpaceOnUse"><path d="M0 0.5H${cell}M0 ${half - 0.5}H${cell}M${n(cell * 0.35)} 0V${half / 2}M${n(cell * 0.85)} ${half / 2}V${half}" fill="none" stroke="${palette.wallLine}" stroke-width="1" stroke-opacity="0.55"/></pattern>`,
    `<pattern id="${id}-roof" width="${half / 2}" height="${half / 2}" patternUnits="userSpaceOnUse"><path d="M0 ${half / 2 - 0.5}H${half / 2}M${half / 4} 0V${half / 2}" stroke="${palette.wallLine}" stroke-width="0.8" stroke-opacity="0.45"/></pattern>`,
    `<pattern id="${id}-flagstones" width="${cell}" height="${cell}" patternUnits="userSpaceOnUse"><path d="M0 ${half}H${n(cell * 0.6)}M${n(cell * 0.6)} 0V${cell}M${n(cell * 0.6)} ${n(cell * 0.7)}H${cell}" stroke="${palette.grid}" stroke-width="0.7" stroke-opacity="0.25" fill="none"/></pattern>`,
    `<pattern id="${id}-cobbles" width="${half}" height="${half}" patternUnits="userSpaceOnUse"><path d="M1 1h${half / 2 - 2}v${half / 2 - 2}h${-(half / 2 - 2)}zM${half / 2 + 1} ${half / 2 + 1}h${half / 2 - 2}v${half / 2 - 2}h${-(half / 2 - 2)}z" fill="none" stroke="${palette.grid}" stroke-width="0.7" stroke-opacity="0.22"/></pattern>`,
  ];
  return `<defs>${patterns.join('')}</defs>`;
}
