import { getRuntime } from '@/lib/agents/get-runtime';
import { completionStatus } from '@/lib/campaigns/draft';
import { getDraftById, saveDraft } from '@/lib/db/queries/campaign-drafts';
import { AppError } from '@/lib/errors';
import { parseId } from '@/lib/http/session-id';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { draftEdit } from './schema';

async function load(id: string) {
  const { db } = await getRuntime();
  const record = await getDraftById(db, { id: parseId(id, 'campaign draft') });
  if (!record) throw new AppError('not_found', `There is no campaign draft "${id}"`);
  return { db, record };
}

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const { record } = await load((await params).id);
    return Response.json({ draft: record.draft, completion: completionStatus(record.draft), campaignId: record.campaignId, messages: record.messages });
  });
}

/** The game master edits the draft by hand. */
export async function PATCH(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const { db, record } = await load((await params).id);
    const { draft } = await readJson(request, draftEdit);
    await saveDraft(db, { id: record.id, draft });
    return Response.json({ draft, completion: completionStatus(draft) });
  });
}
