import { describe, expect, it } from 'vitest';
import { drawBattleMap } from '@/lib/generator/battle-svg/draw-battle-map';
import { generateBattleMap } from '@/lib/generator/battle-map';
import { battleTerrainSchema } from '@/lib/generator/battle/types';
import { expectStandaloneSvg } from './svg-check';

describe('drawBattleMap', () => {
  for (const terrain of battleTerrainSchema.options) {
    it(`draws a ${terrain} map as a standalone SVG of bounded size`, () => {
      const map = generateBattleMap({ seed: 99, width: 40, height: 30, terrain });
      expectStandaloneSvg(map.svg);
      expect(map.svg).toContain('viewBox="0 0 1280 960"');
      expect(map.svg.length).toBeLessThan(300_000);
      expect(drawBattleMap(map)).toBe(map.svg);
    });
  }

  it('draws each terrain in its own style', () => {
    const svgOf = (terrain: (typeof battleTerrainSchema.options)[number]) =>
      generateBattleMap({ seed: 3, width: 30, height: 20, terrain }).svg;
    expect(svgOf('dungeon')).toContain('-stones)');
    expect(svgOf('cave')).toContain('-hatch)');
    expect(svgOf('town')).toContain('-roof)');
    expect(svgOf('forest')).not.toContain('-walls"');
  });

  it('differs between seeds', () => {
    const a = generateBattleMap({ seed: 1, width: 20, height: 20, terrain: 'ruins' }).svg;
    const b = generateBattleMap({ seed: 2, width: 20, height: 20, terrain: 'ruins' }).svg;
    expect(a).not.toBe(b);
  });
});
