import type { Identity } from '@/lib/auth/identity';
import { getInvite, useInvite, type Invite } from '@/lib/db/queries/invites';
import { addMember, getMember, listMembers, removedAt, seatHolder } from '@/lib/db/queries/members';
import { AppError } from '@/lib/errors';
import { isInviteToken } from './invite-token';
import type { TableRuntime } from './table-runtime';
import { takeSeat } from './seat-change';

export type SeatChoice = { characterId: string; name: string; className: string; heldBy: string | null };

const NOT_VALID = 'This invite link is not valid any more; ask the game master for a new one';

export async function requireInvite(runtime: TableRuntime, token: string): Promise<Invite> {
  const invite = isInviteToken(token) ? await getInvite(runtime.db, { token }) : null;
  if (!invite) throw new AppError('not_found', NOT_VALID);
  return invite;
}

/** The characters at an invited table and who plays each, for someone deciding where to sit. */
export async function seatChoices(runtime: TableRuntime, sessionId: string): Promise<SeatChoice[]> {
  const [{ state }, members] = await Promise.all([runtime.sessions.view(sessionId), listMembers(runtime.db, { sessionId })]);
  return state.party.map((c) => ({
    characterId: c.id,
    name: c.name,
    className: c.className,
    heldBy: members.find((m) => m.seats.includes(c.id))?.displayName ?? null,
  }));
}

/**
 * Seats a person at the table the invite names, playing the character they
 * chose (a person takes it from the AI player) or none, leaving it to the AI.
 * The invitation's use and the membership are one transaction (a used-up or
 * revoked invitation seats nobody); taking the character from the AI player
 * is then one commit of the table with its log event.
 */
export async function joinTable(runtime: TableRuntime, invite: Invite, identity: Identity, characterId: string | null): Promise<void> {
  const { sessionId } = invite;
  const { state } = await runtime.sessions.view(sessionId);
  const character = characterId ? state.party.find((c) => c.id === characterId) : null;
  if (characterId && !character) throw new AppError('not_found', `There is no character "${characterId}" at this table`);
  await runtime.db.transaction(async (tx) => {
    const already = await getMember(tx, { sessionId, userId: identity.userId });
    if (!already) {
      const removed = await removedAt(tx, { sessionId, userId: identity.userId });
      if (removed && new Date(invite.createdAt) <= removed) {
        throw new AppError('forbidden', 'The game master removed you from this table; only a new invitation from them seats you again');
      }
      const holder = character ? await seatHolder(tx, { sessionId, characterId: character.id }) : null;
      if (holder && holder !== identity.userId) throw new AppError('conflict', `Someone else already plays ${character!.name}; choose another character`);
      if (!(await useInvite(tx, { token: invite.token }))) throw new AppError('not_found', NOT_VALID);
    }
    await addMember(tx, { sessionId, userId: identity.userId, role: already?.role ?? invite.role, displayName: identity.name });
  });
  if (character) await takeSeat(runtime, { sessionId, characterId: character.id, userId: identity.userId, reason: `${identity.name} joins and plays ${character.name}` });
  await runtime.seats.membersChanged(sessionId);
}
