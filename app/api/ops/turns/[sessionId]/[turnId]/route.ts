import { turnTrace } from '@/lib/db/queries/turn-trace';
import { AppError } from '@/lib/errors';
import { opsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';
import { parseSessionId } from '@/lib/http/session-id';

/** Every message the agents exchanged for one turn, in order, with timings. */
export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string; turnId: string }> }) {
  return respond(async () => {
    const { runtime } = await opsRequest(request);
    const { sessionId, turnId } = await params;
    const messages = await turnTrace(runtime.db, { sessionId: parseSessionId(sessionId), turnId: turnId.slice(0, 200) });
    if (messages.length === 0) throw new AppError('not_found', 'No messages were recorded for this turn');
    return Response.json({ messages });
  });
}
