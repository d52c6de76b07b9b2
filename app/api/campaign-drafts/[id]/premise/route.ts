import { completionStatus } from '@/lib/campaigns/draft';
import { draftPremise } from '@/lib/campaigns/drafts';
import { draftRequest } from '@/lib/http/draft-request';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { premiseRequest } from './schema';

/** The whole draft from one sentence, keeping what the game master has already decided. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const {
      runtime: { db },
      record,
    } = await draftRequest(request, params);
    const { premise } = await readJson(request, premiseRequest);
    const draft = await draftPremise(db, { id: record.id, current: record.draft, campaignId: record.campaignId, premise });
    return Response.json({ draft, completion: completionStatus(draft) });
  });
}
