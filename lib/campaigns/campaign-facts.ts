import 'server-only';
import type { Identity } from '@/lib/auth/identity';
import { embedQuestion } from '@/lib/ai/embed';
import { correctFact, factChronicle, setFactPinned } from '@/lib/db/queries/campaign-facts';
import type { Queryable } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import type { Fact } from '@/lib/memory/types';
import type { TableRuntime } from '@/lib/table/table-runtime';
import { campaignAccess } from './campaign-access';

/**
 * The run a fact belongs to, for its game master alone: strangers to the
 * campaign are refused before anything is looked up, and a fact of a run
 * the person never sat at is, for them, no fact at all.
 */
async function factRunForGm(db: Queryable, input: { identity: Identity; campaignId: string; factId: string }, doing: string): Promise<string> {
  const { runs } = await campaignAccess(db, input.identity, input.campaignId);
  const chronicleId = await factChronicle(db, input);
  const run = runs.find((r) => r.chronicleId === chronicleId);
  if (!run) throw new AppError('not_found', `This campaign has no fact "${input.factId}"`);
  if (!run.gm) throw new AppError('forbidden', `Only the game master can ${doing}`);
  return run.chronicleId;
}

function found(fact: Fact | null, factId: string): Fact {
  if (!fact) throw new AppError('not_found', `This campaign has no fact "${factId}"`);
  return fact;
}

/** The game master's "remember this" (the DM keeps the fact in mind every turn) or "forget it". */
export async function pinFact(
  runtime: Pick<TableRuntime, 'db'>,
  input: { identity: Identity; campaignId: string; factId: string; pinned: boolean },
): Promise<Fact> {
  const { factId, pinned } = input;
  const chronicleId = await factRunForGm(runtime.db, input, 'choose what the DM remembers');
  return found(await setFactPinned(runtime.db, { chronicleId, factId, pinned }), factId);
}

/** The game master rewrites a fact the Chronicler got wrong; it is searched by its new words from then on. */
export async function correctFactByGm(
  runtime: Pick<TableRuntime, 'db' | 'memory'>,
  input: { identity: Identity; campaignId: string; factId: string; subject: string; text: string },
): Promise<Fact> {
  const { identity, factId, subject, text } = input;
  const chronicleId = await factRunForGm(runtime.db, input, 'correct the campaign’s facts');
  const embedding = await embedQuestion(runtime.memory.embedder, `${subject}: ${text}`);
  return found(await correctFact(runtime.db, { chronicleId, factId, subject, text, by: identity.name, embedding }), factId);
}
