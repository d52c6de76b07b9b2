import { getRuntime } from '@/lib/runtime/get-runtime';
import { openDraft } from '@/lib/campaigns/drafts';
import { requireIdentity } from '@/lib/auth/identity';
import { respond } from '@/lib/http/respond';

/** Starts a conversation with the Campaign Assistant. */
export async function POST(request: Request) {
  return respond(request, async () => {
    const { userId } = await requireIdentity(request);
    const { db } = await getRuntime();
    const { id } = await openDraft(db, userId);
    return Response.json({ id, url: `/campaigns/drafts/${id}` }, { status: 201 });
  });
}
