import { correctFactByGm } from '@/lib/campaigns/campaign-facts';
import { factRequest } from '@/lib/http/fact-request';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { correctBody } from './schema';

/** The game master rewrites a fact the Chronicler got wrong. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; factId: string }> }) {
  return respond(request, async () => {
    const { runtime, identity, campaignId, factId } = await factRequest(request, params);
    const body = await readJson(request, correctBody);
    const fact = await correctFactByGm(runtime, { identity, campaignId, factId, ...body });
    return Response.json({ fact });
  });
}
