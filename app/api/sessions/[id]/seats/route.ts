import { z } from 'zod';
import { leaveSeat, takeSeat } from '@/lib/table/seat-change';
import { seatHolder } from '@/lib/db/queries/members';
import { AppError } from '@/lib/errors';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { tableRequest } from '@/lib/http/table-request';

const seatBody = z.object({
  characterId: z.string({ error: 'Say which character' }).min(1, 'Say which character').max(64, 'No character has an id that long'),
  to: z.enum(['me', 'ai'], { error: 'Say who plays the character: "me" or "ai"' }),
});

/**
 * Who plays a character. Anyone at the table may take a free seat (the game
 * master taking over an AI character) or take back their own from the AI
 * standing in; a seat's holder or the game master may hand it to an AI player.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, member, identity } = await tableRequest(request, params);
    const { characterId, to } = await readJson(request, seatBody);
    const { state } = await runtime.sessions.view(sessionId);
    const character = state.party.find((c) => c.id === characterId);
    if (!character) throw new AppError('not_found', `There is no character "${characterId}" at this table`);
    let result;
    if (to === 'me') {
      result = await takeSeat(runtime, { sessionId, characterId, userId: identity.userId, reason: `${identity.name} plays ${character.name}` });
    } else {
      const holder = await seatHolder(runtime.db, { sessionId, characterId });
      if (!holder) throw new AppError('conflict', `An AI player already plays ${character.name}`);
      if (holder !== identity.userId && member.role !== 'gm') {
        throw new AppError('forbidden', `Only the game master can hand another player's character to an AI player`);
      }
      result = await leaveSeat(runtime, { sessionId, characterId, reason: `An AI player now plays ${character.name}` });
    }
    await runtime.seats.membersChanged(sessionId);
    return Response.json({ characterId, to, settled: result === 'done' }, { status: 202 });
  });
}
