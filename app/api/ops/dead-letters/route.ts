import { AppError } from '@/lib/errors';
import { opsRequest } from '@/lib/http/ops-request';
import { respond } from '@/lib/http/respond';
import { deadLettersUnderReview } from '@/lib/ops/dead-letter-review';
import { statusQuery } from './schema';

/** Dead letters by status, newest first, each with what was done to it and by whom. */
export async function GET(request: Request) {
  return respond(request, async () => {
    const { runtime } = await opsRequest(request);
    const status = statusQuery.safeParse(new URL(request.url).searchParams.get('status') ?? 'open');
    if (!status.success) throw new AppError('bad_request', 'status must be open, replayed or discarded');
    return Response.json({ letters: await deadLettersUnderReview(runtime.db, status.data) });
  });
}
