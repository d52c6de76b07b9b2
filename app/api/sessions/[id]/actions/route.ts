import { getRuntime } from '@/lib/agents/get-runtime';
import { getConfig } from '@/lib/config';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { parseSessionId } from '@/lib/http/session-id';
import { actionBody } from './schema';

/** A person's action, queued and applied exactly once; the turn it starts streams on the live feed. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const sessionId = parseSessionId((await params).id);
    const input = await readJson(request, actionBody(getConfig().maxActionLength));
    const { sessions } = await getRuntime();
    const { turnId, duplicate } = await sessions.submit(sessionId, input);
    // 202 the first time (queued); 200 when the key was seen before (nothing new happened).
    return Response.json({ turnId, duplicate }, { status: duplicate ? 200 : 202 });
  });
}
