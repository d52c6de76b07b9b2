import { parseCursor } from '@/lib/http/cursor';
import { respond } from '@/lib/http/respond';
import { tableRequest } from '@/lib/http/table-request';
import { openLiveFeed } from '@/lib/table/live-feed';

function resumePoint(request: Request): number {
  const header = request.headers.get('last-event-id');
  return header !== null ? parseCursor(header, 'Last-Event-ID') : parseCursor(new URL(request.url).searchParams.get('after'));
}

/** The session's live feed (Server-Sent Events): log entries, narration as it streams, party and status. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await tableRequest(request, params);
    const afterSeq = resumePoint(request);
    const stream = await openLiveFeed(runtime, { sessionId, identity, afterSeq, signal: request.signal });
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
