import { getRuntime } from '@/lib/agents/get-runtime';
import { requireIdentity } from '@/lib/auth/identity';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { createSessionBody } from './schema';

/** Opens a table; whoever opens it is its game master. */
export async function POST(request: Request) {
  return respond(request, async () => {
    const gm = await requireIdentity(request);
    const { campaignId, seed } = await readJson(request, createSessionBody);
    const { sessions } = await getRuntime();
    const { sessionId } = await sessions.create(campaignId, { gm, seed });
    return Response.json({ sessionId, url: `/sessions/${sessionId}` }, { status: 201 });
  });
}
