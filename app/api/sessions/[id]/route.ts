import { loadTable } from '@/lib/table/load-table';
import { parseCursor } from '@/lib/http/cursor';
import { respond } from '@/lib/http/respond';
import { tableRequest } from '@/lib/http/table-request';

/** The whole table: state, log (after `?after=N`, to catch up), who is there, and what is happening now. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, member } = await tableRequest(request, params);
    const after = parseCursor(new URL(request.url).searchParams.get('after'));
    const [table, people] = await Promise.all([loadTable(runtime, sessionId, after), runtime.seats.presence(sessionId)]);
    return Response.json({ ...table, people, me: member });
  });
}
