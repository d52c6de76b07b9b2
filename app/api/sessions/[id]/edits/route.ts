import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { gmRequest } from '@/lib/http/table-request';
import { editByHand } from '@/lib/table/hand-edits';
import { editBody } from './schema';

/** The game master changes the state by hand; the rules engine still decides whether the result is a valid game. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'change the game by hand');
    const { reason, patches } = await readJson(request, editBody);
    await editByHand(runtime.sessions, { sessionId, patches, reason, by: identity.name });
    return Response.json({ applied: patches.length }, { status: 202 });
  });
}
