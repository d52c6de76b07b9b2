import { getMember, removeMember } from '@/lib/db/queries/members';
import { AppError } from '@/lib/errors';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';
import { gmRequest } from '@/lib/http/table-request';

/** The game master removes a player; AI players take their characters. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string; userId: string }> }) {
  return respond(async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'remove players');
    const userId = parseId((await params).userId, 'player');
    if (userId === identity.userId) throw new AppError('bad_request', 'The game master cannot remove themselves from the table');
    const target = await getMember(runtime.db, { sessionId, userId });
    if (!target) throw new AppError('not_found', 'That person is not at this table');
    await removeMember(runtime.db, { sessionId, userId });
    const { state } = await runtime.sessions.view(sessionId);
    for (const characterId of target.seats) {
      const character = state.party.find((c) => c.id === characterId);
      if (character?.controller !== 'human') continue;
      const reason = `The game master removed ${target.displayName}; an AI player now plays ${character.name}`;
      await runtime.sessions.command(sessionId, { type: 'seat.change', characterId, controller: 'ai', reason });
    }
    await runtime.seats.membersChanged(sessionId);
    return new Response(null, { status: 204 });
  });
}
