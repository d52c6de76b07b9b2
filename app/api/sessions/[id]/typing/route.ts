import { respond } from '@/lib/http/respond';
import { tableRequest } from '@/lib/http/table-request';

/** This person is typing an action; everyone at the table sees it for a few seconds. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await tableRequest(request, params);
    runtime.seats.typing(sessionId, identity.userId);
    return new Response(null, { status: 204 });
  });
}
