import { awardMilestone } from '@/lib/table/progression';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { gmRequest } from '@/lib/http/table-request';
import { xpBody } from './schema';

/** The game master awards milestone XP; the table commits and logs it with who and why, and AI players' characters level with it. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'award experience');
    const body = await readJson(request, xpBody);
    const result = await awardMilestone(runtime, { sessionId, ...body, by: identity.name });
    return Response.json(result, { status: result.settled ? 200 : 202 });
  });
}
