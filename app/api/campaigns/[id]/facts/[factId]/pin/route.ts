import { pinFact } from '@/lib/campaigns/campaign-facts';
import { factRequest } from '@/lib/http/fact-request';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { pinBody } from './schema';

/** The game master tells the DM to remember a fact every turn, or to stop. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; factId: string }> }) {
  return respond(request, async () => {
    const { runtime, identity, campaignId, factId } = await factRequest(request, params);
    const { pinned } = await readJson(request, pinBody);
    const fact = await pinFact(runtime, { identity, campaignId, factId, pinned });
    return Response.json({ fact });
  });
}
