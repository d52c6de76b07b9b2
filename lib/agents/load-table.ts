import { getSessionById, listSessionEvents } from '@/lib/db/queries/sessions';
import { AppError } from '@/lib/errors';
import type { Runtime } from './runtime';

/** Everything a page needs to draw a table from scratch. */
export async function loadTable(runtime: Runtime, sessionId: string, afterSeq = 0) {
  const session = await getSessionById(runtime.db, { id: sessionId });
  if (!session) throw new AppError('not_found', `There is no session "${sessionId}"`);
  const [events, status] = await Promise.all([
    listSessionEvents(runtime.db, { sessionId, afterSeq }),
    runtime.sessions.status(sessionId),
  ]);
  return { session, events, status };
}

export type TableSnapshot = Awaited<ReturnType<typeof loadTable>>;
