import { requireMayAct } from '@/lib/auth/table-access';
import { getConfig } from '@/lib/config';
import { rateLimit } from '@/lib/http/rate-limit';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { tableRequest } from '@/lib/http/table-request';
import { actionBody } from './schema';

/** A person's action for their own character, queued and applied exactly once; the turn it starts streams on the live feed. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, member } = await tableRequest(request, params);
    const input = await readJson(request, actionBody(getConfig().maxActionLength));
    const { state, status } = await runtime.sessions.view(sessionId);
    requireMayAct(member, state, input.characterId, { paused: status.paused });
    await rateLimit('actions', member.userId);
    const { turnId, duplicate } = await runtime.sessions.submit(sessionId, input);
    // 202 the first time (queued); 200 when the key was seen before (nothing new happened).
    return Response.json({ turnId, duplicate }, { status: duplicate ? 200 : 202 });
  });
}
