import { describe, expect, it } from 'vitest';
import { createActor, fromPromise, waitFor } from 'xstate';
import { campaignCreationMachine } from '@/machines/campaign-creation.machine';
import { completionStatus, type CampaignDraft } from '@/lib/campaigns/draft';
import { completeDraft } from '../../fixtures/drafts';

const complete = completeDraft;

function run(draft: CampaignDraft, save: () => Promise<{ campaignId: string }>, campaignId: string | null = null) {
  const machine = campaignCreationMachine.provide({ actors: { saveCampaign: fromPromise(save) } });
  return createActor(machine, { input: { draft, readyToGenerate: completionStatus(draft).readyToGenerate, campaignId } }).start();
}

describe('the campaign creation machine', () => {
  it('drafts until the draft is complete, then saves once', async () => {
    let saves = 0;
    const actor = run({ tone: 'eerie' }, async () => ({ campaignId: `c-${++saves}` }));
    expect(actor.getSnapshot().value).toBe('drafting');
    actor.send({ type: 'campaign.save' });
    expect(actor.getSnapshot().value).toBe('drafting');
    actor.send({ type: 'draft.updated', draft: complete, readyToGenerate: true });
    expect(actor.getSnapshot().value).toBe('ready');
    actor.send({ type: 'draft.updated', draft: { ...complete, villain: undefined }, readyToGenerate: false });
    expect(actor.getSnapshot().value).toBe('drafting');
    actor.send({ type: 'draft.updated', draft: complete, readyToGenerate: true });
    actor.send({ type: 'campaign.save' });
    const done = await waitFor(actor, (s) => s.matches('saved'));
    expect(done.context.campaignId).toBe('c-1');
    expect(saves).toBe(1);
  });

  it('goes back to ready with the reason when saving fails', async () => {
    const actor = run(complete, async () => {
      throw new Error('disk full');
    });
    actor.send({ type: 'campaign.save' });
    const after = await waitFor(actor, (s) => !s.matches('saving'));
    expect(after.value).toBe('ready');
    expect(after.context.error).toBe('disk full');
  });

  it('starts saved when the draft already became a campaign', () => {
    expect(run(complete, async () => ({ campaignId: 'x' }), 'existing').getSnapshot().value).toBe('saved');
  });
});
