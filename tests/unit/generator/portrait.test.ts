import { describe, expect, it } from 'vitest';
import { GeneratorInputError } from '@/lib/generator/errors';
import { generatePortrait } from '@/lib/generator/portrait/portrait';
import { portraitKindSchema } from '@/lib/generator/portrait/types';
import { expectStandaloneSvg } from './svg-check';

describe('generatePortrait', () => {
  it('is the same for the same seed and name, and differs by seed or by name', () => {
    const a = generatePortrait({ seed: 10, name: 'Aric Vale', kind: 'hero' });
    expect(generatePortrait({ seed: 10, name: 'Aric Vale', kind: 'hero' })).toEqual(a);
    expect(generatePortrait({ seed: 11, name: 'Aric Vale', kind: 'hero' }).svg).not.toBe(a.svg);
    expect(generatePortrait({ seed: 10, name: 'Brann', kind: 'hero' }).svg).not.toBe(a.svg);
  });

  it('varies faces across seeds', () => {
    const looks = new Set(
      Array.from({ length: 40 }, (_, seed) => JSON.stringify(generatePortrait({ seed, name: 'Mira' }).features)),
    );
    expect(looks.size).toBe(40);
    const styles = new Set(Array.from({ length: 40 }, (_, seed) => generatePortrait({ seed, name: 'Mira' }).features.hairStyle));
    expect(styles.size).toBeGreaterThanOrEqual(4);
  });

  it('draws every kind as a standalone, captioned SVG with its own ids', () => {
    for (const kind of portraitKindSchema.options) {
      const portrait = generatePortrait({ seed: 3, name: 'Grak <the> "Cruel"', kind });
      expectStandaloneSvg(portrait.svg);
      expect(portrait.svg).toContain('Grak &#60;the&#62; &#34;Cruel&#34;');
      expect(portrait.svg).toMatch(/id="portrait-[a-z0-9]+-backdrop"/);
      expect(portrait.svg.length).toBeLessThan(20_000);
    }
    expect(generatePortrait({ seed: 3, name: 'Grak' }).kind).toBe('npc');
  });

  it('rejects an empty name or an unknown kind', () => {
    const empty = () => generatePortrait({ seed: 1, name: '   ' });
    expect(empty).toThrow(GeneratorInputError);
    expect(empty).toThrow(/name: must not be empty/);
    expect(() => generatePortrait({ seed: 1, name: 'A', kind: 'dragon' as never })).toThrow(/kind/);
  });
});
