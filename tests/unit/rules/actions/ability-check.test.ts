import { describe, expect, it } from 'vitest';
import { makeCheck } from '@/lib/rules/actions/ability-check';
import { openingState } from '@/lib/campaigns/arrival';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { TableResolver } from '@/lib/rules/table-resolver';

function at(location: string, seed = 5): TableResolver {
  return new TableResolver(openingState({ ...sampleCampaign, startLocationId: location }, seed));
}

describe('ability checks whose DC the rules own', () => {
  it('take an obstacle\'s DC and say what its success or failure does and the hazard a failure sets off', () => {
    const r = at('steps');
    const out = r.act((turn) => makeCheck(turn, 'mira', 'acrobatics', { obstacleId: 'slick-stair' }));
    expect(out.check).toMatchObject({ characterId: 'mira', skill: 'acrobatics', dc: 12 });
    expect(out.obstacle).toEqual({ id: 'slick-stair', name: 'Slick stair', success: 'Sure footing all the way down', failure: 'A foot slides off the weed', hazardId: 'slick-steps' });
  });

  it('refuse an obstacle the scene does not declare and a skill it is not overcome with', () => {
    const r = at('steps');
    expect(() => r.act((turn) => makeCheck(turn, 'mira', 'acrobatics', { obstacleId: 'vault-door' }))).toThrow('This scene has no obstacle "vault-door". It declares: slick-stair (Slick stair).');
    expect(() => r.act((turn) => makeCheck(turn, 'mira', 'persuasion', { obstacleId: 'slick-stair' }))).toThrow('Slick stair is overcome with acrobatics or athletics, not persuasion');
  });

  it('take the scene\'s own DC otherwise, and the DM\'s advantage is named as a ruling', () => {
    const r = at('crypt');
    const out = r.act((turn) => makeCheck(turn, 'kestrel', 'perception', {}, { advantage: true }));
    expect(out.check).toMatchObject({ dc: 13, mode: 'advantage' });
    expect(out.obstacle).toBeNull();
  });

  it('in a contest, the one who tries must beat the creature\'s own roll; a tie changes nothing', () => {
    for (let seed = 1; seed <= 6; seed++) {
      const r = at('steps', seed);
      const out = r.act((turn) => makeCheck(turn, 'mira', 'stealth', { opposedBy: { creatureId: 'rat-1', skill: 'perception' } }));
      const mine = out.check.roll.total;
      const theirs = out.contest!.check.roll.total;
      expect(out.check.success).toBe(mine > theirs);
      expect(out.contest!.check).toMatchObject({ characterId: 'rat-1', skill: 'perception', success: theirs >= mine });
      expect(r.checks).toHaveLength(2);
    }
    expect(() => at('steps').act((turn) => makeCheck(turn, 'mira', 'stealth', { obstacleId: 'slick-stair', opposedBy: { creatureId: 'rat-1', skill: 'perception' } }))).toThrow('not both');
  });
});
