import { getRuntime } from '@/lib/runtime/get-runtime';
import type { Runtime } from '@/lib/runtime/runtime';
import { requireIdentity, type Identity } from '@/lib/auth/identity';
import { AppError } from '@/lib/errors';
import { parseId } from './session-id';

export type FactRequest = { runtime: Runtime; identity: Identity; campaignId: string; factId: string };

/** Campaign ids are short slugs; anything else names no campaign. */
const CAMPAIGN_ID = /^[\w-]{1,100}$/;

/** What a route about one of a campaign's facts checks first: signed in (401), ids that can name something (404). */
export async function factRequest(request: Request, params: Promise<{ id: string; factId: string }>): Promise<FactRequest> {
  const identity = await requireIdentity(request);
  const { id, factId } = await params;
  if (!CAMPAIGN_ID.test(id)) throw new AppError('not_found', `There is no campaign "${id.slice(0, 80)}"`);
  return { runtime: await getRuntime(), identity, campaignId: id, factId: parseId(factId, 'fact') };
}
