import { completionStatus } from '@/lib/campaigns/draft';
import { editDraft } from '@/lib/campaigns/drafts';
import { draftRequest } from '@/lib/http/draft-request';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { draftEdit } from './schema';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { record } = await draftRequest(request, params);
    return Response.json({ draft: record.draft, completion: completionStatus(record.draft), campaignId: record.campaignId, messages: record.messages });
  });
}

/** The game master edits the draft by hand. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const {
      runtime: { db },
      record,
    } = await draftRequest(request, params);
    const { draft } = await readJson(request, draftEdit);
    await editDraft(db, { id: record.id, draft });
    return Response.json({ draft, completion: completionStatus(draft) });
  });
}
