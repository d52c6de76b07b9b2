import { getMessageChain } from '@/lib/db/queries/bus-messages';
import { AppError } from '@/lib/errors';
import { opsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';

/** One conversation between agents (a request, its updates, retries and answer), in order, with timings. */
export async function GET(request: Request, { params }: { params: Promise<{ correlationId: string }> }) {
  return respond(request, async () => {
    const { runtime } = await opsRequest(request);
    const correlationId = parseId((await params).correlationId, 'conversation');
    const messages = await getMessageChain(runtime.db, { correlationId });
    if (messages.length === 0) throw new AppError('not_found', `There is no conversation "${correlationId}"`);
    return Response.json({ messages: messages.map((m) => ({ ...m, correlationId })) });
  });
}
