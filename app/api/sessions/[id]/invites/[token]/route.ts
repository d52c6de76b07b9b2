import { revokeInvite } from '@/lib/db/queries/invites';
import { AppError } from '@/lib/errors';
import { respond } from '@/lib/http/respond';
import { isInviteToken } from '@/lib/table/invite-token';
import { gmRequest } from '@/lib/http/table-request';

/** The game master takes an invitation back: its link seats nobody from now on. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string; token: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId } = await gmRequest(request, params, 'revoke invitations');
    const token = (await params).token;
    if (!isInviteToken(token) || !(await revokeInvite(runtime.db, { sessionId, token }))) {
      throw new AppError('not_found', 'This table has no such invitation, or it was revoked already');
    }
    return new Response(null, { status: 204 });
  });
}
