import 'server-only';
import type { Identity } from '@/lib/auth/identity';
import { seatHolder, type Member } from '@/lib/db/queries/members';
import { AppError } from '@/lib/errors';
import { leaveSeat, takeSeat, type SeatResult } from './seat-change';
import type { SeatKeeper } from './seat-keeper';

/** What changing a seat needs of the table: what seat-change.ts works with, and the seat keeper to tell. */
export type SeatTable = Parameters<typeof takeSeat>[0] & Parameters<typeof leaveSeat>[0] & { seats: Pick<SeatKeeper, 'membersChanged'> };

/**
 * Who plays a character. Anyone at the table may take a free seat (the game
 * master taking over an AI character) or take back their own from the AI
 * standing in; a seat's holder or the game master may hand it to an AI player.
 */
export async function changeSeat(
  table: SeatTable,
  input: { sessionId: string; characterId: string; to: 'me' | 'ai'; identity: Identity; member: Member },
): Promise<SeatResult> {
  const { sessionId, characterId, to, identity, member } = input;
  const { state } = await table.sessions.view(sessionId);
  const character = state.party.find((c) => c.id === characterId);
  if (!character) throw new AppError('not_found', `There is no character "${characterId}" at this table`);
  let result: SeatResult;
  if (to === 'me') {
    result = await takeSeat(table, { sessionId, characterId, userId: identity.userId, reason: `${identity.name} plays ${character.name}` });
  } else {
    const holder = await seatHolder(table.db, { sessionId, characterId });
    if (!holder) throw new AppError('conflict', `An AI player already plays ${character.name}`);
    if (holder !== identity.userId && member.role !== 'gm') {
      throw new AppError('forbidden', `Only the game master can hand another player's character to an AI player`);
    }
    result = await leaveSeat(table, { sessionId, characterId, reason: `An AI player now plays ${character.name}` });
  }
  await table.seats.membersChanged(sessionId);
  return result;
}
