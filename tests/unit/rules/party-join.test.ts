import { describe, expect, it } from 'vitest';
import { arrivalAt, openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { applyPatches, gmEditPatchSchema, RuleViolation } from '@/lib/rules/patches';
import { pregens } from '@/lib/rules/pregens';
import { freeSquareNear } from '@/lib/rules/placement';
import { TableResolver } from '@/lib/rules/table-resolver';
import { storedCharacterSchema } from '@/lib/rules/sheet/stored-character';

const oswin = storedCharacterSchema.parse({ ...pregens.find((c) => c.id === 'oswin')!, id: 'oswin-2', controller: 'human' });

describe('a character joining the party', () => {
  it('joins with its numbers derived afresh, and only once', () => {
    const state = applyPatches(openingState(sampleCampaign, 3), [{ op: 'party.join', character: oswin }]);
    const joined = state.party.find((c) => c.id === 'oswin-2')!;
    expect(state.party).toHaveLength(4);
    expect(joined).toMatchObject({ name: 'Oswin Marrow', className: 'Wizard', level: 1, hp: joined.maxHp });
    expect(() => applyPatches(state, [{ op: 'party.join', character: oswin }])).toThrow(/already someone's id/);
  });

  it('is refused past eight, for a sheet the rules refuse, and as a game master\'s edit', () => {
    let state = openingState(sampleCampaign, 3);
    for (let i = 0; i < 5; i++) state = applyPatches(state, [{ op: 'party.join', character: { ...oswin, id: `extra-${i}` } }]);
    expect(state.party).toHaveLength(8);
    expect(() => applyPatches(state, [{ op: 'party.join', character: { ...oswin, id: 'ninth' } }])).toThrow(/at most 8/);
    const rich = { ...oswin, id: 'rich', xp: 0, build: { ...oswin.build, level: 3 } };
    expect(() => applyPatches(openingState(sampleCampaign, 3), [{ op: 'party.join', character: rich }])).toThrow(RuleViolation);
    expect(gmEditPatchSchema.safeParse({ op: 'party.join', character: oswin }).success).toBe(false);
  });
});

describe('a party larger than a place\'s start squares', () => {
  it('stands on the free squares nearest them, clear of the creatures waiting there', () => {
    const joined = applyPatches(openingState(sampleCampaign, 3), [{ op: 'party.join', character: oswin }]);
    const resolver = new TableResolver(joined);
    resolver.travel(arrivalAt(sampleCampaign.locations, 'steps')!);
    const positions = resolver.state.party.map((c) => c.position);
    expect(positions.every((p) => p !== null)).toBe(true);
    const taken = [...resolver.state.party, ...resolver.state.creatures].map((c) => `${c.position!.x},${c.position!.y}`);
    expect(new Set(taken).size).toBe(taken.length);
  });

  it('finds nothing on a full map', () => {
    const state = openingState(sampleCampaign, 3);
    const grid = { width: 1, height: 1, cells: [['floor' as const]] };
    expect(freeSquareNear(state, grid, [{ x: 0, y: 0 }], [{ x: 0, y: 0 }])).toBeNull();
  });
});
