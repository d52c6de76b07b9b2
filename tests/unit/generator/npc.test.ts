import { describe, expect, it } from 'vitest';
import { GeneratorInputError, generateNpc } from '@/lib/generator';
import { expectStandaloneSvg } from './svg-check';

describe('generateNpc', () => {
  it('is the same for the same seed and role, and differs across seeds', () => {
    expect(generateNpc({ seed: 7, role: 'merchant' })).toEqual(generateNpc({ seed: 7, role: 'merchant' }));
    const names = new Set(Array.from({ length: 50 }, (_, seed) => generateNpc({ seed }).name));
    expect(names.size).toBeGreaterThan(45);
  });

  it('fills every field and draws a captioned portrait', () => {
    for (let seed = 0; seed < 30; seed++) {
      const npc = generateNpc({ seed, role: seed % 2 ? 'villain' : undefined });
      expect(npc.name).toMatch(/^[A-Z][a-z]+( [A-Z][a-z]+)?$/);
      expect(npc.occupation.length).toBeGreaterThan(0);
      expect(npc.personality).toMatch(/^[A-Z].*;.*\.$/);
      expect(npc.secret).toMatch(/^[A-Z].*\.$/);
      if (seed % 2) expect(npc.role).toBe('villain');
      expectStandaloneSvg(npc.portraitSvg);
      expect(npc.portraitSvg).toContain(npc.name);
    }
  });

  it('rejects an unknown role', () => {
    const wizard = () => generateNpc({ seed: 1, role: 'wizard' as never });
    expect(wizard).toThrow(GeneratorInputError);
    expect(wizard).toThrow(/role/);
  });
});
