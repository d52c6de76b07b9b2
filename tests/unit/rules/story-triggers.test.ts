import { describe, expect, it } from 'vitest';
import { arrivalAt, openingState } from '@/lib/campaigns/arrival';
import { campaignSeedSchema } from '@/lib/campaigns/campaign';
import { sampleCampaign } from '@/lib/campaigns/sample';
import { makeCheck } from '@/lib/rules/actions/ability-check';
import { useObject } from '@/lib/rules/actions/story-triggers';
import { publicState } from '@/lib/rules/public-state';
import { TableResolver } from '@/lib/rules/table-resolver';

const at = (location: string, seed = 4) => new TableResolver(openingState({ ...sampleCampaign, startLocationId: location }, seed));

describe('the story answering the party', () => {
  it('wakes the bell chamber when the silver bell is rung, once, and the woken chamber holds one more of the drowned', () => {
    const r = at('nave');
    const rung = r.act((turn) => useObject(turn, 'mira', 'silver-bell'));
    expect(rung.triggered).toEqual([expect.objectContaining({ id: 'bell-wakes-the-dead', woken: 'bell-chamber', ending: null })]);
    expect(r.state.story.woken).toEqual(['bell-chamber']);
    // Rung again, the bell is only a bell.
    expect(r.act((turn) => useObject(turn, 'mira', 'silver-bell')).triggered).toEqual([]);
    expect(arrivalAt(sampleCampaign.locations, 'bell-chamber', { woken: r.state.story.woken, placesLeft: [] })!.creatures.map((c) => c.id)).toEqual(['drowned-1', 'drowned-2', 'drowned-3']);
    expect(arrivalAt(sampleCampaign.locations, 'bell-chamber', { woken: openingState(sampleCampaign, 1).story.woken, placesLeft: [] })!.creatures).toHaveLength(2);
  });

  it('explains which rule to try for an object that takes skill or holds things, and for one that is not there', () => {
    const r = at('nave');
    expect(() => r.act((turn) => useObject(turn, 'mira', 'altar'))).toThrow(/ability_check with obstacleId "barnacled-altar"/);
    expect(() => r.act((turn) => useObject(turn, 'mira', 'offering-box'))).toThrow(/loot it from "offering-box"/);
    expect(() => r.act((turn) => useObject(turn, 'mira', 'throne'))).toThrow(/no object "throne".*silver-bell \(the silver bell\)/);
    expect(r.state.story.fired).toEqual([]);
  });

  it('ends the adventure with its epilogue when the great bell is silenced, and not when the try fails', () => {
    const outcomes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((seed) => {
      const r = at('bell-chamber', seed);
      const { check, triggered } = r.act((turn) => makeCheck(turn, 'aldric', 'athletics', { obstacleId: 'great-bell' }));
      return { success: check.success, triggered, ending: r.state.story.ending };
    });
    expect(outcomes.some((o) => o.success) && outcomes.some((o) => !o.success)).toBe(true);
    for (const o of outcomes) {
      expect(o.ending !== null).toBe(o.success);
      if (o.success) expect(o.ending).toMatch(/Harrowmere sleeps without bells/);
      expect(o.triggered.length).toBe(o.success ? 1 : 0);
    }
  });

  it('lets the party go only where the scene\'s exits lead', () => {
    const r = at('nave');
    expect(() => r.travel(arrivalAt(sampleCampaign.locations, 'crypt')!)).toThrow(/No way leads from The Flooded Nave.*the spiral stair \(to steps\)/);
    r.travel(arrivalAt(sampleCampaign.locations, 'steps')!);
    expect(r.state.scene.locationId).toBe('steps');
  });

  it('keeps the triggers, what people will tell and which obstacle a thing is from the players', () => {
    const seen = publicState(at('nave').state).scene;
    expect(seen.triggers).toEqual([]);
    expect(seen.people.map((p) => [p.name, p.tells])).toEqual([['Old Marrow', []]]);
    expect(seen.objects.find((o) => o.id === 'altar')!.obstacleId).toBeNull();
    expect(seen.exits.map((e) => e.to)).toEqual(['steps']);
  });

  it('refuses a campaign whose places share a trigger id, since the story remembers triggers by id', () => {
    const [nave, ...rest] = sampleCampaign.locations;
    const bell = rest.at(-1)!;
    const clash = { ...bell, scene: { ...bell.scene, triggers: bell.scene.triggers!.map((t) => ({ ...t, id: 'bell-wakes-the-dead' })) } };
    const parsed = campaignSeedSchema.safeParse({ ...sampleCampaign, locations: [nave, ...rest.slice(0, -1), clash] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.message)).toContain('every trigger in the campaign needs its own id');
    expect(campaignSeedSchema.safeParse(sampleCampaign).success).toBe(true);
  });
});
