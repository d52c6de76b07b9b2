import { opsRequest } from '@/lib/http/ops-request';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';
import { discardAsOperator } from '@/lib/ops/dead-letter-review';
import { discardBody } from './schema';

/** Gives up on a dead letter for good, saying why. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, identity } = await opsRequest(request);
    const id = parseId((await params).id, 'dead letter');
    const { reason } = await readJson(request, discardBody);
    await discardAsOperator(runtime.db, { id, reason, by: identity });
    return new Response(null, { status: 204 });
  });
}
