import { tableTraceRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';
import { cleanText } from '@/lib/http/text-guard';
import { turnMessages } from '@/lib/ops/traces';

/** Every message the agents exchanged for one turn, in order, with timings: for the table's game master and operators. */
export async function GET(request: Request, { params }: { params: Promise<{ sessionId: string; turnId: string }> }) {
  return respond(request, async () => {
    const { sessionId: rawSessionId, turnId } = await params;
    const { runtime, sessionId } = await tableTraceRequest(request, rawSessionId);
    return Response.json({ messages: await turnMessages(runtime.db, { sessionId, turnId: cleanText(turnId.slice(0, 200), 'turnId') }) });
  });
}
