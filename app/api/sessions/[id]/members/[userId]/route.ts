import { removeFromTable } from '@/lib/table/remove-member';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';
import { gmRequest } from '@/lib/http/table-request';

/** The game master removes a player; AI players take their characters, and the player's live feeds close. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string; userId: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'remove players');
    const userId = parseId((await params).userId, 'player');
    await removeFromTable(runtime, { sessionId, userId, by: identity });
    return new Response(null, { status: 204 });
  });
}
