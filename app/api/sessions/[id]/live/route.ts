import { listSessionEvents } from '@/lib/db/queries/sessions';
import { publicEvent } from '@/lib/rules/public-state';
import { parseCursor } from '@/lib/http/cursor';
import { respond } from '@/lib/http/respond';
import { tableRequest } from '@/lib/http/table-request';
import { sessionEventStream } from '@/lib/realtime/sse-stream';

function resumePoint(request: Request): number {
  const header = request.headers.get('last-event-id');
  return header !== null ? parseCursor(header, 'Last-Event-ID') : parseCursor(new URL(request.url).searchParams.get('after'));
}

/** The session's live feed (Server-Sent Events): log entries, narration as it streams, party and status. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await tableRequest(request, params);
    const afterSeq = resumePoint(request);
    // Having the feed open is what being at the table means: presence, and keeping one's seats.
    const leave = await runtime.seats.connected(sessionId, identity);
    request.signal.addEventListener('abort', leave, { once: true });
    const stream = sessionEventStream({
      hub: runtime.hub,
      sessionId,
      userId: identity.userId,
      afterSeq,
      signal: request.signal,
      backlog: async (after) => (await listSessionEvents(runtime.db, { sessionId, afterSeq: after })).map(publicEvent),
      current: async () => {
        const [{ state, version, status }, people] = await Promise.all([runtime.sessions.view(sessionId), runtime.seats.presence(sessionId)]);
        return [
          { kind: 'state', state, version },
          { kind: 'status', ...status },
          { kind: 'presence', people },
        ];
      },
    });
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      },
    });
  });
}
