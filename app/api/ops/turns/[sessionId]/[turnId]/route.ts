import { turnTrace } from '@/lib/db/queries/turn-trace';
import { AppError } from '@/lib/errors';
import { tableTraceRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';
import { cleanText } from '@/lib/http/text-guard';

/** Every message the agents exchanged for one turn, in order, with timings: for the table's game master and operators. */
export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string; turnId: string }> }) {
  return respond(request, async () => {
    const { sessionId: rawSessionId, turnId } = await params;
    const { runtime, sessionId } = await tableTraceRequest(request, rawSessionId);
    const messages = await turnTrace(runtime.db, { sessionId, turnId: cleanText(turnId.slice(0, 200), 'turnId') });
    if (messages.length === 0) throw new AppError('not_found', 'No messages were recorded for this turn');
    return Response.json({ messages });
  });
}
