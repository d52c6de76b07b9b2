import { z } from 'zod';
import { getRuntime } from '@/lib/agents/get-runtime';
import { joinTable, requireInvite, seatChoices } from '@/lib/agents/join-table';
import { requireIdentity } from '@/lib/auth/identity';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';

const acceptBody = z.object({
  characterId: z.string({ error: 'Choose a character, or null to leave them all to the AI players' }).min(1).max(64).nullable(),
});

/** What the invitation is to: the table's characters and who plays them. The token is the only key. */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return respond(request, async () => {
    const runtime = await getRuntime();
    const invite = await requireInvite(runtime, (await params).token);
    return Response.json({ sessionId: invite.sessionId, role: invite.role, characters: await seatChoices(runtime, invite.sessionId) });
  });
}

/** Takes a seat at the table: signed in (401), a live invite (404), a free character (409). */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  return respond(request, async () => {
    const identity = await requireIdentity(request);
    const runtime = await getRuntime();
    const invite = await requireInvite(runtime, (await params).token);
    const { characterId } = await readJson(request, acceptBody);
    await joinTable(runtime, invite, identity, characterId);
    return Response.json({ sessionId: invite.sessionId, url: `/sessions/${invite.sessionId}` });
  });
}
