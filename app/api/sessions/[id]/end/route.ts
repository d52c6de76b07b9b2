import { endSessionByGm } from '@/lib/campaigns/end-session';
import { respond } from '@/lib/http/respond';
import { gmRequest } from '@/lib/http/table-request';

/** The game master ends the session: no more actions, and its summary is written for the next session's recap. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'end the session');
    const { endedAt } = await endSessionByGm(runtime, { gm: identity, sessionId });
    return Response.json({ endedAt });
  });
}
