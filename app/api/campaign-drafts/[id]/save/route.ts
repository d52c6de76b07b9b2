import { getRuntime } from '@/lib/agents/get-runtime';
import { campaignFromDraft } from '@/lib/campaigns/from-draft';
import { completionStatus } from '@/lib/campaigns/draft';
import { ensureCampaign } from '@/lib/db/queries/campaigns';
import { getDraftById, markDraftSaved } from '@/lib/db/queries/campaign-drafts';
import { AppError } from '@/lib/errors';
import { parseId } from '@/lib/http/session-id';
import { respond } from '@/lib/http/respond';

/** Turns a finished draft into a playable campaign (once). */
export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const id = parseId((await params).id, 'campaign draft');
    const { db } = await getRuntime();
    const record = await getDraftById(db, { id });
    if (!record) throw new AppError('not_found', `There is no campaign draft "${id}"`);
    if (record.campaignId) return Response.json({ campaignId: record.campaignId });
    const { missing, readyToGenerate } = completionStatus(record.draft);
    if (!readyToGenerate) throw new AppError('conflict', `The draft is not complete yet: still missing ${missing.join(', ')}`);
    const campaign = campaignFromDraft(record.draft, crypto.getRandomValues(new Uint32Array(1))[0]!);
    await ensureCampaign(db, campaign);
    await markDraftSaved(db, { id, campaignId: campaign.id });
    return Response.json({ campaignId: campaign.id }, { status: 201 });
  });
}
