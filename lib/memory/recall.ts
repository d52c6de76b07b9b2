import { embedQuestion } from '@/lib/ai/embed';
import { listFacts, searchFacts, type FactReader } from '@/lib/db/queries/campaign-facts';
import { listSummaries } from '@/lib/db/queries/campaign-summaries';
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
  const [embedding, pinned, summaries] = await Promise.all([
    embedQuestion(deps.embedder, query),
    reader.kind === 'dm' ? listFacts(deps.db, { chronicleId, reader, pinnedOnly: true, limit: PINNED_CAP }) : Promise.resolve([]),
    listSummaries(deps.db, { chronicleId, reader, limit: SUMMARIES }),
  ]);
  const facts = await searchFacts(deps.db, {
    chronicleId,
    reader,
    query,
    embedding,
    dimensions: deps.embedder.dimensions,
    limit: RETRIEVED,
    exclude: pinned.map((f) => f.id),
  });
  return buildContextBlocks({ pinned, summaries, facts, recent: request.recent, sessionId: request.sessionId }, request.budgetTokens);
}
