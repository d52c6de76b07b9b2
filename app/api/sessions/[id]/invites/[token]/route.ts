import { AppError } from '@/lib/errors';
import { respond } from '@/lib/http/respond';
import { isInviteToken } from '@/lib/table/invite-token';
import { gmRequest } from '@/lib/http/table-request';
import { NO_SUCH_INVITE, revokeTableInvite } from '@/lib/table/invites';

/** The game master takes an invitation back: its link seats nobody from now on. */
export async function DELETE(request: Request, { params }: { params: Promise<{ id: string; token: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId } = await gmRequest(request, params, 'revoke invitations');
    const token = (await params).token;
    if (!isInviteToken(token)) throw new AppError('not_found', NO_SUCH_INVITE);
    await revokeTableInvite(runtime.db, { sessionId, token });
    return new Response(null, { status: 204 });
  });
}
