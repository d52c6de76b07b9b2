import { describe, expect, it } from 'vitest';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { gameStateSchema, sceneSchema } from '@/lib/rules/state';
import { sampleState } from './fixtures';

const place = { title: 'The Slick Stair', description: 'A stair.', dc: 12 };

describe('a scene\'s hazards and obstacles', () => {
  it('are declared by the campaign\'s author, with defaults for what a hazard leaves out', () => {
    const scene = sceneSchema.parse({
      ...place,
      hazards: [{ id: 'slick-steps', name: 'Weed-slick steps', trigger: 'hurrying', how: { kind: 'save', ability: 'dex', severity: 'setback', damageType: 'bludgeoning' } }],
      obstacles: [{ id: 'stair', name: 'Stair', skills: ['acrobatics'], dc: 12, success: 'Down safely', failure: 'A slip', hazardId: 'slick-steps' }],
    });
    expect(scene.hazards[0]).toMatchObject({ how: { onSuccess: 'half' }, condition: null, rearms: true, sprung: false });
    expect(scene.obstacles[0]!.hazardId).toBe('slick-steps');
  });

  it('take their numbers from the SRD trap table: a DC or attack bonus outside the severity\'s range, or dice, are refused', () => {
    const hazard = (how: object) => sceneSchema.safeParse({ ...place, hazards: [{ id: 'h', name: 'H', trigger: 't', how }] });
    expect(hazard({ kind: 'save', ability: 'dex', severity: 'setback', damageType: 'fire', dc: 11 }).success).toBe(true);
    expect(hazard({ kind: 'save', ability: 'dex', severity: 'setback', damageType: 'fire', dc: 16 }).error?.issues[0]?.message).toBe("A setback trap's save DC is 10 to 11");
    expect(hazard({ kind: 'attack', severity: 'deadly', damageType: 'piercing', attackBonus: 6 }).error?.issues[0]?.message).toBe("A deadly trap's attack bonus is +9 to +12");
    expect(hazard({ kind: 'save', ability: 'dex', severity: 'setback', damageType: 'fire', dice: '10d10' }).error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['dice'] });
  });

  it('refuse an obstacle whose hazard the scene does not declare, and ids used twice', () => {
    const obstacle = { id: 'o', name: 'O', skills: ['athletics'], dc: 10, success: 's', failure: 'f', hazardId: 'nowhere' };
    expect(sceneSchema.safeParse({ ...place, obstacles: [obstacle] }).error?.issues[0]?.message).toBe('No hazard "nowhere" in this scene');
    const twice = { ...obstacle, hazardId: null };
    expect(sceneSchema.safeParse({ ...place, obstacles: [twice, twice] }).error?.issues[0]?.message).toBe('every obstacle needs its own id');
  });

  it('migrate a scene saved with one hazardDamage dice string into a declared setback hazard', () => {
    const old = { ...place, hazardDamage: '1d6' };
    const scene = sceneSchema.parse(old);
    expect(scene).not.toHaveProperty('hazardDamage');
    expect(scene.hazards).toEqual([
      { id: 'hazard', name: 'The dangers of The Slick Stair', trigger: 'a risky action here that fails', how: { kind: 'save', ability: 'dex', onSuccess: 'half', severity: 'setback', damageType: 'bludgeoning' }, condition: null, rearms: true, sprung: false },
    ]);
    expect(sceneSchema.parse(scene)).toEqual(scene);
    const state = gameStateSchema.parse({ ...sampleState(), scene: old });
    expect(state.scene.hazards[0]!.id).toBe('hazard');
  });

  it('are what the sample campaign declares at each place', () => {
    const parsed = sampleCampaign.locations.map((l) => sceneSchema.parse(l.scene));
    expect(parsed.map((s) => s.hazards.map((h) => h.id))).toEqual([['sinkhole'], ['slick-steps'], ['poison-needle'], ['glowing-pool']]);
    expect(parsed.every((s) => s.obstacles.every((o) => o.hazardId === null || s.hazards.some((h) => h.id === o.hazardId)))).toBe(true);
  });
});
