import { getRuntime } from '@/lib/runtime/get-runtime';
import { respond } from '@/lib/http/respond';
import { parseId } from '@/lib/http/session-id';
import { importEventStream } from '@/lib/rulebooks/imports/import-stream';
import { requireIdentity } from '@/lib/auth/identity';

/** An import's progress, stage by stage, as Server-Sent Events. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { userId } = await requireIdentity(request);
    const id = parseId((await params).id, 'rulebook import');
    const { imports } = await getRuntime();
    imports.authorise(id, userId);
    return new Response(importEventStream(imports, id, request.signal), {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      },
    });
  });
}
