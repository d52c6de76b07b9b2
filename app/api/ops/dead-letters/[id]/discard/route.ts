import { z } from 'zod';
import { discardDeadLetter } from '@/lib/ops/dead-letters';
import { recordDeadLetterAction } from '@/lib/db/queries/dead-letter-actions';
import { opsRequest } from '@/lib/http/ops-request';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';

const discardBody = z.object({ reason: z.string({ error: 'Say why it is discarded' }).trim().min(3, 'Say why it is discarded').max(500) });

/** Gives up on a dead letter for good, saying why. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, identity } = await opsRequest(request);
    const id = parseId((await params).id, 'dead letter');
    const { reason } = await readJson(request, discardBody);
    await discardDeadLetter({ db: runtime.db, id, reason });
    await recordDeadLetterAction(runtime.db, { deadLetterId: id, action: 'discarded', actorId: identity.userId, actorName: identity.name, note: reason });
    return new Response(null, { status: 204 });
  });
}
