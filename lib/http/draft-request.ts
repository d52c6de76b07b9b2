import { getRuntime } from '@/lib/runtime/get-runtime';
import type { Runtime } from '@/lib/runtime/runtime';
import { requireIdentity } from '@/lib/auth/identity';
import { getDraftById, type DraftRecord } from '@/lib/db/queries/campaign-drafts';
import { AppError } from '@/lib/errors';
import { parseId } from './session-id';

/** A campaign draft its writer asks about: signed in (401), the draft exists (404), it is theirs (403). */
export async function draftRequest(request: Request, params: Promise<{ id: string }>): Promise<{ runtime: Runtime; record: DraftRecord }> {
  const identity = await requireIdentity(request);
  const id = parseId((await params).id, 'campaign draft');
  const runtime = await getRuntime();
  const record = await getDraftById(runtime.db, { id });
  if (!record) throw new AppError('not_found', `There is no campaign draft "${id}"`);
  if (record.createdBy !== identity.userId) throw new AppError('forbidden', 'This campaign draft belongs to someone else');
  return { runtime, record };
}
