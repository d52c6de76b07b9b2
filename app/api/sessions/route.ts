import { getRuntime } from '@/lib/runtime/get-runtime';
import { openTable } from '@/lib/table/open-table';
import { requireIdentity } from '@/lib/auth/identity';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { createSessionBody } from './schema';

/** Opens a table; whoever opens it is its game master, playing the campaign's characters or one of their own. */
export async function POST(request: Request) {
  return respond(request, async () => {
    const gm = await requireIdentity(request);
    const { campaignId, seed, characterId } = await readJson(request, createSessionBody);
    const { sessionId } = await openTable(await getRuntime(), { gm, campaignId, seed, characterId: characterId?.toLowerCase() });
    return Response.json({ sessionId, url: `/sessions/${sessionId}` }, { status: 201 });
  });
}
