import 'server-only';
import type { Identity } from '@/lib/auth/identity';
import { embedQuestion } from '@/lib/ai/embed';
import { correctFact, setFactPinned } from '@/lib/db/queries/campaign-facts';
import { AppError } from '@/lib/errors';
import type { Fact } from '@/lib/memory/types';
import type { TableRuntime } from '@/lib/table/table-runtime';
import { requireCampaignGm } from './campaign-access';

function found(fact: Fact | null, factId: string): Fact {
  if (!fact) throw new AppError('not_found', `This campaign has no fact "${factId}"`);
  return fact;
}

/** The game master's "remember this" (the DM keeps the fact in mind every turn) or "forget it". */
export async function pinFact(
  runtime: Pick<TableRuntime, 'db'>,
  input: { identity: Identity; campaignId: string; factId: string; pinned: boolean },
): Promise<Fact> {
  const { identity, campaignId, factId, pinned } = input;
  const chronicleId = await requireCampaignGm(runtime.db, identity, campaignId, 'choose what the DM remembers');
  return found(await setFactPinned(runtime.db, { chronicleId, factId, pinned }), factId);
}

/** The game master rewrites a fact the Chronicler got wrong; it is searched by its new words from then on. */
export async function correctFactByGm(
  runtime: Pick<TableRuntime, 'db' | 'memory'>,
  input: { identity: Identity; campaignId: string; factId: string; subject: string; text: string },
): Promise<Fact> {
  const { identity, campaignId, factId, subject, text } = input;
  const chronicleId = await requireCampaignGm(runtime.db, identity, campaignId, 'correct the campaign’s facts');
  const embedding = await embedQuestion(runtime.memory.embedder, `${subject}: ${text}`);
  return found(await correctFact(runtime.db, { chronicleId, factId, subject, text, by: identity.name, embedding }), factId);
}
