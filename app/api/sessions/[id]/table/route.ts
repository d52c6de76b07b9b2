import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { gmRequest } from '@/lib/http/table-request';
import { pauseOrResume } from '@/lib/table/pause-play';
import { tableBody } from './schema';

/** The game master pauses play (nobody acts, AI players wait) or resumes it. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId } = await gmRequest(request, params, 'pause or resume the game');
    const { action, reason } = await readJson(request, tableBody);
    await pauseOrResume(runtime.sessions, { sessionId, action, reason });
    return Response.json({ action }, { status: 202 });
  });
}
