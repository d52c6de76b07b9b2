import { getRuntime } from '@/lib/agents/get-runtime';
import { openDraft } from '@/lib/agents/campaign-drafts';
import { respond } from '@/lib/http/respond';

/** Starts a conversation with the Campaign Assistant. */
export async function POST() {
  return respond(async () => {
    const { db } = await getRuntime();
    const { id } = await openDraft(db);
    return Response.json({ id, url: `/campaigns/drafts/${id}` }, { status: 201 });
  });
}
