import { z } from 'zod';
import { replayDeadLetter } from '@/lib/ops/dead-letters';
import { recordDeadLetterAction } from '@/lib/db/queries/dead-letter-actions';
import { AppError } from '@/lib/errors';
import { opsRequest } from '@/lib/http/ops-request';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';

const replayBody = z.object({ ids: z.array(z.uuid('dead letter ids are UUIDs')).min(1, 'Choose at least one dead letter').max(100) });

/** Sends one or many dead letters' messages again; each result says whether it went. */
export async function POST(request: Request) {
  return respond(request, async () => {
    const { runtime, identity } = await opsRequest(request);
    const { ids } = await readJson(request, replayBody);
    const results = [];
    for (const id of ids) {
      try {
        await replayDeadLetter({ db: runtime.db, bus: runtime.bus, id });
        await recordDeadLetterAction(runtime.db, { deadLetterId: id, action: 'replayed', actorId: identity.userId, actorName: identity.name, note: '' });
        results.push({ id, replayed: true });
      } catch (error) {
        if (!AppError.is(error)) throw error;
        results.push({ id, replayed: false, error: error.message });
      }
    }
    return Response.json({ results });
  });
}
