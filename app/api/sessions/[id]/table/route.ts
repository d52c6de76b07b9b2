import { AppError } from '@/lib/errors';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { gmRequest } from '@/lib/http/table-request';
import { tableBody } from './schema';

/** The game master pauses play (nobody acts, AI players wait) or resumes it. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId } = await gmRequest(request, params, 'pause or resume the game');
    const { action, reason } = await readJson(request, tableBody);
    const { status } = await runtime.sessions.view(sessionId);
    if (action === 'pause' && status.paused) throw new AppError('conflict', 'The game is already paused');
    if (action === 'resume' && !status.paused) throw new AppError('conflict', 'The game is not paused');
    await runtime.sessions.command(sessionId, { type: action === 'pause' ? 'table.pause' : 'table.resume', reason });
    return Response.json({ action }, { status: 202 });
  });
}
