import { acceptInvite } from '@/lib/table/accept-invite';
import { getRuntime } from '@/lib/runtime/get-runtime';
import { requireInvite, seatChoices } from '@/lib/table/join-table';
import { requireIdentity } from '@/lib/auth/identity';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { acceptBody } from './schema';

/** What the invitation is to: the table's characters and who plays them. The token is the only key. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return respond(request, async () => {
    const runtime = await getRuntime();
    const invite = await requireInvite(runtime, (await params).token);
    return Response.json({ sessionId: invite.sessionId, role: invite.role, characters: await seatChoices(runtime, invite.sessionId) });
  });
}

/** Takes a seat at the table: signed in (401), a live invite (404), a free character (409), or one of the person's own brought along (403, 404, 409). */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return respond(request, async () => {
    const identity = await requireIdentity(request);
    const runtime = await getRuntime();
    const invite = await requireInvite(runtime, (await params).token);
    const { characterId, bring } = await readJson(request, acceptBody);
    await acceptInvite(runtime, { invite, identity, characterId, bring });
    return Response.json({ sessionId: invite.sessionId, url: `/sessions/${invite.sessionId}` });
  });
}
