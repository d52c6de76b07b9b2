import { AppError } from '@/lib/errors';
import { opsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';
import { cleanTexts } from '@/lib/http/text-guard';
import { findTraces } from '@/lib/ops/traces';
import { traceQuery } from './schema';

/** Recorded messages by session, agent, type, conversation or time, newest first. */
export async function GET(request: Request) {
  return respond(request, async () => {
    const { runtime } = await opsRequest(request);
    const query = traceQuery.safeParse(cleanTexts(Object.fromEntries(new URL(request.url).searchParams)));
    if (!query.success) {
      const issue = query.error.issues[0]!;
      throw new AppError('bad_request', `${issue.path.join('.')}: ${issue.message}`);
    }
    const q = query.data;
    const messages = await findTraces(runtime.db, {
      sessionId: q.session,
      agent: q.agent,
      messageType: q.type,
      correlationId: q.correlation,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: q.limit,
    });
    return Response.json({ messages });
  });
}
