import { respond } from '@/lib/http/respond';
import { tableRequest } from '@/lib/http/table-request';

/** This person is at the table: browsers that follow it over Supabase Realtime say so now and then. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await tableRequest(request, params);
    runtime.seats.heartbeat(sessionId, identity);
    return new Response(null, { status: 204 });
  });
}
