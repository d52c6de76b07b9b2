import { z } from 'zod';
import { searchTraces } from '@/lib/db/queries/trace-search';
import { AppError } from '@/lib/errors';
import { opsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';
import { cleanTexts } from '@/lib/http/text-guard';

const querySchema = z.object({
  session: z.string().min(1).max(200).optional(),
  agent: z.enum(['dm', 'player', 'generator', 'assistant', 'system']).optional(),
  type: z.enum(['request', 'response', 'event', 'update']).optional(),
  correlation: z.uuid('correlation must be a conversation id (UUID)').optional(),
  from: z.iso.datetime({ offset: true, error: 'from must be an ISO date-time' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'to must be an ISO date-time' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});

/** Recorded messages by session, agent, type, conversation or time, newest first. */
export async function GET(request: Request) {
  return respond(request, async () => {
    const { runtime } = await opsRequest(request);
    const query = querySchema.safeParse(cleanTexts(Object.fromEntries(new URL(request.url).searchParams)));
    if (!query.success) {
      const issue = query.error.issues[0]!;
      throw new AppError('bad_request', `${issue.path.join('.')}: ${issue.message}`);
    }
    const q = query.data;
    const messages = await searchTraces(runtime.db, {
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
