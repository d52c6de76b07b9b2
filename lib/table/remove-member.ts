import type { Identity } from '@/lib/auth/identity';
import { getMember, removeMember } from '@/lib/db/queries/members';
import { AppError } from '@/lib/errors';
import { broadcastRemoval } from './table-broadcast';
import type { TableRuntime } from './table-runtime';

/**
 * The game master removes a player: their membership ends (an invitation made
 * before now no longer seats them), AI players take their characters, and
 * every live feed they hold on any instance closes at once.
 */
export async function removeFromTable(runtime: TableRuntime, input: { sessionId: string; userId: string; by: Identity }): Promise<void> {
  const { sessionId, userId, by } = input;
  if (userId === by.userId) throw new AppError('bad_request', 'The game master cannot remove themselves from the table');
  const target = await getMember(runtime.db, { sessionId, userId });
  if (!target) throw new AppError('not_found', 'That person is not at this table');
  await removeMember(runtime.db, { sessionId, userId, removedBy: by.userId });
  broadcastRemoval(runtime.hub, sessionId, userId);
  const { state } = await runtime.sessions.view(sessionId);
  for (const characterId of target.seats) {
    const character = state.party.find((c) => c.id === characterId);
    if (character?.controller !== 'human') continue;
    const reason = `The game master removed ${target.displayName}; an AI player now plays ${character.name}`;
    await runtime.sessions.command(sessionId, { type: 'seat.change', characterId, controller: 'ai', reason });
  }
  await runtime.seats.membersChanged(sessionId);
}
