import 'server-only';
import { randomBytes } from 'node:crypto';
import { createInvite, listLiveInvites, revokeInvite, type Invite } from '@/lib/db/queries/invites';
import type { Queryable } from '@/lib/db/types';
import { AppError } from '@/lib/errors';

/** An invitation as its game master sees it: with the link that seats people. */
export type SharedInvite = Invite & { url: string };

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** The answer for a token naming no working invitation of the table, a malformed token included. */
export const NO_SUCH_INVITE = 'This table has no such invitation, or it was revoked already';

const withUrl = (invite: Invite): SharedInvite => ({ ...invite, url: `/join/${invite.token}` });

/** The table's invitations that still work, newest first. */
export async function liveInvites(db: Queryable, sessionId: string): Promise<SharedInvite[]> {
  return (await listLiveInvites(db, { sessionId })).map(withUrl);
}

/** A new invitation link for players: for a week, for any number of people (maxUses null) or at most maxUses. */
export async function invitePlayers(db: Queryable, input: { sessionId: string; createdBy: string; maxUses: number | null }): Promise<SharedInvite> {
  const invite = await createInvite(db, {
    token: randomBytes(18).toString('base64url'),
    sessionId: input.sessionId,
    role: 'player',
    createdBy: input.createdBy,
    expiresAt: new Date(Date.now() + WEEK_MS),
    maxUses: input.maxUses,
  });
  return withUrl(invite);
}

/** Takes an invitation back: its link seats nobody from now on. */
export async function revokeTableInvite(db: Queryable, input: { sessionId: string; token: string }): Promise<void> {
  if (!(await revokeInvite(db, input))) throw new AppError('not_found', NO_SUCH_INVITE);
}
