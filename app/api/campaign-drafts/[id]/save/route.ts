import { saveDraftAsCampaign } from '@/lib/campaigns/draft-save';
import { draftRequest } from '@/lib/http/draft-request';
import { respond } from '@/lib/http/respond';

/** Turns a finished draft into a playable campaign (once): 201 when this made it, 200 when it was made before. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, record } = await draftRequest(request, params);
    const { campaignId, created } = await saveDraftAsCampaign(runtime.db, record);
    return created ? Response.json({ campaignId }, { status: 201 }) : Response.json({ campaignId });
  });
}
