import { z } from 'zod';
import { listDeadLetterActions } from '@/lib/db/queries/dead-letter-actions';
import { listDeadLetters } from '@/lib/db/queries/dead-letters';
import { AppError } from '@/lib/errors';
import { opsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';

const statusSchema = z.enum(['open', 'replayed', 'discarded']);

/** Dead letters by status, newest first, each with what was done to it and by whom. */
export async function GET(request: Request) {
  return respond(request, async () => {
    const { runtime } = await opsRequest(request);
    const status = statusSchema.safeParse(new URL(request.url).searchParams.get('status') ?? 'open');
    if (!status.success) throw new AppError('bad_request', 'status must be open, replayed or discarded');
    const letters = await listDeadLetters(runtime.db, { status: status.data, limit: 200 });
    const actions = await listDeadLetterActions(runtime.db, { deadLetterIds: letters.map((l) => l.id) });
    return Response.json({ letters: letters.map((l) => ({ ...l, actions: actions.filter((a) => a.deadLetterId === l.id) })) });
  });
}
