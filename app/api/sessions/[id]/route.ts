import { getRuntime } from '@/lib/agents/get-runtime';
import { loadTable } from '@/lib/agents/load-table';
import { parseSessionId } from '@/lib/http/session-id';
import { respond } from '@/lib/http/respond';

/** The whole table: state, log and what is happening now. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const sessionId = parseSessionId((await params).id);
    return Response.json(await loadTable(await getRuntime(), sessionId));
  });
}
