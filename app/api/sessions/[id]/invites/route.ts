import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { gmRequest } from '@/lib/http/table-request';
import { invitePlayers, liveInvites } from '@/lib/table/invites';
import { createInviteBody } from './schema';

/** The table's invitations that still work, for its game master to see and revoke. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId } = await gmRequest(request, params, 'see the invitations');
    return Response.json({ invites: await liveInvites(runtime.db, sessionId) });
  });
}

/** A new invitation link to this table for players: for a week, for any number of people or as many as the game master says. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'invite people');
    const { maxUses } = await readJson(request, createInviteBody);
    return Response.json(await invitePlayers(runtime.db, { sessionId, createdBy: identity.userId, maxUses }), { status: 201 });
  });
}
