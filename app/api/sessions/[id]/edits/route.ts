import { AppError } from '@/lib/errors';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { gmRequest } from '@/lib/http/table-request';
import { applyPatches, RuleViolation } from '@/lib/rules/patches';
import { editBody } from './schema';

/** The game master changes the state by hand; the rules engine still decides whether the result is a valid game. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, sessionId, identity } = await gmRequest(request, params, 'change the game by hand');
    const { reason, patches } = await readJson(request, editBody);
    const { state } = await runtime.sessions.view(sessionId);
    try {
      applyPatches(state, patches);
    } catch (error) {
      if (error instanceof RuleViolation) throw new AppError('bad_request', `The rules do not allow that change: ${error.message}`);
      throw error;
    }
    await runtime.sessions.command(sessionId, { type: 'gm.edit', patches, reason, by: identity.name });
    return Response.json({ applied: patches.length }, { status: 202 });
  });
}
