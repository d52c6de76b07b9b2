import { describe, expect, it } from 'vitest';
import { completionStatus } from '@/lib/campaigns/draft';
import { campaignFromDraft } from '@/lib/campaigns/from-draft';
import { draftFromPremise } from '@/lib/campaigns/premise-draft';

const gothic = 'A cursed abbey where the bells toll for the dead, and three pilgrims must climb to silence them.';

describe('a whole draft from one sentence', () => {
  it('is complete, and becomes a campaign a table can play', () => {
    const draft = draftFromPremise(gothic);
    expect(completionStatus(draft)).toEqual({ missing: [], readyToGenerate: true });
    expect(draft.locations!.length).toBeGreaterThanOrEqual(4);
    expect(draft.locations!.length).toBeLessThanOrEqual(6);
    expect(draft.villain!.description.length).toBeGreaterThan(10);
    const campaign = campaignFromDraft(draft, 1);
    expect(campaign.locations.slice(1).every((l) => l.creatures.length > 0)).toBe(true);
  });

  it('stays on the premise: gothic stays gothic, the sea stays the sea, and what it says outright is kept', () => {
    const draft = draftFromPremise(gothic);
    expect(draft.setting).toContain(gothic);
    expect(draft.locations!.map((l) => l.title)).toContain('The Mourning Village');
    expect(draft.partySize).toBe(3);
    const sea = draftFromPremise('Pirates of the drowned coast hunt a storm that swallows ships.');
    expect(sea.locations![0]!.title).toBe('The Harbour Town');
    expect(sea.hooks![0]).toContain('storm that swallows ships');
    expect(draftFromPremise('The villain is Mother Brine, who wants the sea to take the land.').villain!.name).toBe('Mother Brine');
  });

  it('gives the same draft for the same premise, and another for another', () => {
    expect(draftFromPremise(gothic)).toEqual(draftFromPremise(gothic));
    expect(draftFromPremise(gothic).villain).not.toEqual(draftFromPremise(`${gothic} Again.`).villain);
  });
});
