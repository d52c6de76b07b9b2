import { listSessionEvents } from '@/lib/db/queries/sessions';
import { publicEvent } from '@/lib/rules/public-state';
import type { TableRuntime } from './table-runtime';

/** Everything a page needs to draw a table from scratch, as players may see it. */
export async function loadTable(runtime: TableRuntime, sessionId: string, afterSeq = 0) {
  const view = await runtime.sessions.view(sessionId);
  const events = (await listSessionEvents(runtime.db, { sessionId, afterSeq })).map(publicEvent);
  return { sessionId, ...view, events };
}

export type TableSnapshot = Awaited<ReturnType<typeof loadTable>>;
