import { randomBytes } from 'node:crypto';
import { createInvite, listLiveInvites, type Invite } from '@/lib/db/queries/invites';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { gmRequest } from '@/lib/http/table-request';
import { createInviteBody } from './schema';

const WEEK_MS = 7 * 24 * 3600 * 1000;

const withUrl = (invite: Invite) => ({ ...invite, url: `/join/${invite.token}` });

/** The table's invitations that still work, for its game master to see and revoke. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId } = await gmRequest(request, params, 'see the invitations');
    return Response.json({ invites: (await listLiveInvites(runtime.db, { sessionId })).map(withUrl) });
  });
}

/** A new invitation link to this table for players: for a week, for any number of people or as many as the game master says. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'invite people');
    const { maxUses } = await readJson(request, createInviteBody);
    const invite = await createInvite(runtime.db, {
      token: randomBytes(18).toString('base64url'),
      sessionId,
      role: 'player',
      createdBy: identity.userId,
      expiresAt: new Date(Date.now() + WEEK_MS),
      maxUses,
    });
    return Response.json(withUrl(invite), { status: 201 });
  });
}
