import { continueCampaign } from '@/lib/campaigns/continue-campaign';
import { respond } from '@/lib/http/respond';
import { gmRequest } from '@/lib/http/table-request';

/** The game master opens the campaign's next session where this ended one left off. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'continue the campaign');
    const { sessionId: next } = await continueCampaign(runtime, { gm: identity, sessionId });
    return Response.json({ sessionId: next, url: `/sessions/${next}` }, { status: 201 });
  });
}
