import { opsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';
import { conversationTrace } from '@/lib/ops/traces';

/** One conversation between agents (a request, its updates, retries and answer), in order, with timings. */
export async function GET(request: Request, { params }: { params: Promise<{ correlationId: string }> }) {
  return respond(request, async () => {
    const { runtime } = await opsRequest(request);
    const correlationId = parseId((await params).correlationId, 'conversation');
    return Response.json({ messages: await conversationTrace(runtime.db, correlationId) });
  });
}
