import 'server-only';
import { createActor, fromPromise, waitFor } from 'xstate';
import { insertCampaign } from '@/lib/db/queries/campaigns';
import { markDraftSaved, type DraftRecord } from '@/lib/db/queries/campaign-drafts';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import { campaignCreationMachine } from '@/machines/campaign-creation.machine';
import { completionStatus } from './draft';
import { campaignFromDraft } from './from-draft';

/** The draft's campaign, and whether this call made it (false when the draft had been saved before). */
export type SavedDraft = { campaignId: string; created: boolean };

/**
 * Turns a finished draft into a playable campaign, once, through the campaign
 * creation machine. The campaign and the draft's link to it are one
 * transaction: a draft never points at a campaign that is not there, and a
 * campaign is never left behind by a draft that does not know it.
 */
export async function saveDraftAsCampaign(db: Database, record: DraftRecord): Promise<SavedDraft> {
  const machine = campaignCreationMachine.provide({
    actors: {
      saveCampaign: fromPromise(async ({ input }) => {
        const campaign = campaignFromDraft(input.draft, crypto.getRandomValues(new Uint32Array(1))[0]!);
        await db.transaction(async (tx) => {
          await insertCampaign(tx, campaign);
          await markDraftSaved(tx, { id: record.id, campaignId: campaign.id });
        });
        return { campaignId: campaign.id };
      }),
    },
  });
  const status = completionStatus(record.draft);
  const actor = createActor(machine, { input: { draft: record.draft, readyToGenerate: status.readyToGenerate, campaignId: record.campaignId } }).start();
  if (actor.getSnapshot().matches('saved')) return { campaignId: record.campaignId!, created: false };
  if (actor.getSnapshot().matches('drafting')) {
    throw new AppError('conflict', `The draft is not complete yet: still missing ${status.missing.join(', ')}`);
  }
  actor.send({ type: 'campaign.save' });
  const done = await waitFor(actor, (s) => !s.matches('saving'));
  if (!done.matches('saved')) throw new Error(done.context.error ?? 'The campaign could not be saved');
  return { campaignId: done.context.campaignId!, created: true };
}
