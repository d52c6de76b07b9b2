import { createActor, fromPromise, waitFor } from 'xstate';
import { campaignCreationMachine } from '@/machines/campaign-creation.machine';
import { campaignFromDraft } from '@/lib/campaigns/from-draft';
import { completionStatus } from '@/lib/campaigns/draft';
import { ensureCampaign } from '@/lib/db/queries/campaigns';
import { markDraftSaved } from '@/lib/db/queries/campaign-drafts';
import { AppError } from '@/lib/errors';
import { draftRequest } from '@/lib/http/draft-request';
import { respond } from '@/lib/http/respond';

/** Turns a finished draft into a playable campaign (once), through the campaign creation machine. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const {
      runtime: { db },
      record,
    } = await draftRequest(request, params);
    const id = record.id;
    const machine = campaignCreationMachine.provide({
      actors: {
        saveCampaign: fromPromise(async ({ input }) => {
          const campaign = campaignFromDraft(input.draft, crypto.getRandomValues(new Uint32Array(1))[0]!);
          await ensureCampaign(db, campaign);
          await markDraftSaved(db, { id, campaignId: campaign.id });
          return { campaignId: campaign.id };
        }),
      },
    });
    const status = completionStatus(record.draft);
    const input = { draft: record.draft, readyToGenerate: status.readyToGenerate, campaignId: record.campaignId };
    const actor = createActor(machine, { input }).start();
    if (actor.getSnapshot().matches('saved')) return Response.json({ campaignId: record.campaignId });
    if (actor.getSnapshot().matches('drafting')) {
      const { missing } = status;
      throw new AppError('conflict', `The draft is not complete yet: still missing ${missing.join(', ')}`);
    }
    actor.send({ type: 'campaign.save' });
    const done = await waitFor(actor, (s) => !s.matches('saving'));
    if (!done.matches('saved')) throw new Error(done.context.error ?? 'The campaign could not be saved');
    return Response.json({ campaignId: done.context.campaignId }, { status: 201 });
  });
}
