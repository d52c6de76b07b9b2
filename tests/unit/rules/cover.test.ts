import { describe, expect, it } from 'vitest';
import { resolveAttack } from '@/lib/rules/attack';
import { coverAgainst, coverBetween } from '@/lib/rules/cover';
import { gridFromRows } from '@/lib/rules/grid';
import { RuleViolation } from '@/lib/rules/rule-violation';
import { gameStateSchema } from '@/lib/rules/state';
import { fixedRoller } from './fixed-rolls';
import { monster, sampleState } from './fixtures';


describe('cover from the battle grid', () => {
  it('an open floor gives none; a wall between gives total cover', () => {
    const grid = gridFromRows(['.....', '.....', '.....']);
    expect(coverBetween(grid, { x: 0, y: 1 }, { x: 4, y: 1 })).toBe('none');
    const walled = gridFromRows(['..#..', '..#..', '..#..']);
    expect(coverBetween(walled, { x: 0, y: 1 }, { x: 4, y: 1 })).toBe('total');
  });

  it('the corner of a wall hides part of a target: half, or three-quarters', () => {
    const corner = gridFromRows(['.....', '..#..', '.....']);
    expect(coverBetween(corner, { x: 0, y: 1 }, { x: 4, y: 1 })).toBe('half');
    // A pillar straight between two diagonal squares: from the best corner, three of the four lines are stopped.
    const pillar = gridFromRows(['.....', '.#...', '.....']);
    expect(coverBetween(pillar, { x: 0, y: 0 }, { x: 2, y: 2 })).toBe('three-quarters');
    // Behind the end of a wall, every line from every corner is stopped.
    const wall = gridFromRows(['.#...', '.#...', '.....']);
    expect(coverBetween(wall, { x: 0, y: 0 }, { x: 3, y: 1 })).toBe('total');
  });

  it('a creature or a low obstacle in between is half cover; standing in cover is half except against a neighbour', () => {
    const grid = gridFromRows(['.....', '..+..', '.....']);
    expect(coverBetween(grid, { x: 0, y: 0 }, { x: 4, y: 0 }, [{ x: 2, y: 0 }])).toBe('half');
    expect(coverBetween(grid, { x: 0, y: 1 }, { x: 4, y: 1 })).toBe('half');
    expect(coverBetween(grid, { x: 0, y: 1 }, { x: 2, y: 1 })).toBe('half');
    expect(coverBetween(grid, { x: 1, y: 1 }, { x: 2, y: 1 })).toBe('none');
  });

  it('lines that run along a wall’s edge are not stopped by it', () => {
    const grid = gridFromRows(['.....', '.###.', '.....']);
    expect(coverBetween(grid, { x: 0, y: 0 }, { x: 4, y: 0 })).toBe('none');
  });
});

describe('cover in an attack', () => {
  const table = (rows: string[], goblinAt: { x: number; y: number }) =>
    gameStateSchema.parse({
      ...sampleState(),
      party: [{ ...structuredClone(sampleState().party[2]!), position: { x: 0, y: 1 } }],
      creatures: [{ ...monster('goblin', 'gob'), position: goblinAt }],
      grid: gridFromRows(rows),
    });

  it('adds its bonus to the AC the attack must reach, and says so', () => {
    const state = table(['.....', '..#..', '.....'], { x: 4, y: 1 });
    const kestrel = state.party[0]!;
    const bow = kestrel.attacks.find((a) => a.kind === 'ranged')!;
    const { result } = resolveAttack(state, kestrel, state.creatures[0]!, bow, fixedRoller(16));
    expect(result).toMatchObject({ cover: 'half', targetAc: 17, hit: false });
  });

  it('refuses a target behind total cover, saying why', () => {
    const state = table(['..#..', '..#..', '..#..'], { x: 4, y: 1 });
    const kestrel = state.party[0]!;
    expect(coverAgainst(state, kestrel, state.creatures[0]!)).toBe('total');
    const bow = kestrel.attacks.find((a) => a.kind === 'ranged')!;
    expect(() => resolveAttack(state, kestrel, state.creatures[0]!, bow, fixedRoller(20))).toThrow(RuleViolation);
    expect(() => resolveAttack(state, kestrel, state.creatures[0]!, bow, fixedRoller(20))).toThrow(/total cover/);
  });

  it('is none without a grid', () => {
    const state = gameStateSchema.parse({ ...sampleState(), creatures: [monster('goblin', 'gob')] });
    expect(coverAgainst(state, state.party[0]!, state.creatures[0]!)).toBe('none');
  });
});
