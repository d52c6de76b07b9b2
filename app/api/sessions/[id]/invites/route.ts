import { randomBytes } from 'node:crypto';
import { createInvite } from '@/lib/db/queries/invites';
import { respond } from '@/lib/http/respond';
import { gmRequest } from '@/lib/http/table-request';

const WEEK_MS = 7 * 24 * 3600 * 1000;

/** A new invitation link to this table for players; it works for a week. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'invite people');
    const token = randomBytes(18).toString('base64url');
    const expiresAt = new Date(Date.now() + WEEK_MS);
    await createInvite(runtime.db, { token, sessionId, role: 'player', createdBy: identity.userId, expiresAt });
    return Response.json({ token, url: `/join/${token}`, expiresAt: expiresAt.toISOString() }, { status: 201 });
  });
}
