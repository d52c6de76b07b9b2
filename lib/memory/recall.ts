import { embedQuestion } from '@/lib/ai/embed';
import type { FactReader } from '@/lib/db/queries/campaign-facts';
import { readRecall } from '@/lib/db/queries/campaign-recall';
import type { ChronicleDeps } from './chronicle';
import { buildContextBlocks } from './context';
import type { ContextBlock } from './types';

const PINNED_CAP = 12;
const RETRIEVED = 16;
const SUMMARIES = 24;

export type RecallRequest = {
  /** The group's run of the campaign whose memory this is. */
  chronicleId: string;
  sessionId: string;
  reader: FactReader;
  /** What is being tried now, and where: what the facts are retrieved for. */
  action: string;
  place: string;
  /** The latest lines of the log this reader saw, oldest first. */
  recent: string[];
  budgetTokens: number;
};

/**
 * The story's memory for one prompt: for the DM every fact; for an AI
 * player only what their character witnessed, and never a secret. Pinned
 * facts are the DM's alone.
 */
export async function recallContext(deps: ChronicleDeps, request: RecallRequest): Promise<ContextBlock[]> {
  const { chronicleId, reader } = request;
  const query = `${request.action} ${request.place}`;
  const embedding = await embedQuestion(deps.embedder, query);
  const { pinned, facts, summaries } = await readRecall(deps.db, {
    chronicleId,
    reader,
    query,
    embedding,
    dimensions: deps.embedder.dimensions,
    limits: { pinned: reader.kind === 'dm' ? PINNED_CAP : 0, facts: RETRIEVED, summaries: SUMMARIES },
  });
  return buildContextBlocks({ pinned, summaries, facts, recent: request.recent, sessionId: request.sessionId }, request.budgetTokens);
}
