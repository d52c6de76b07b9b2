import 'server-only';
import type { Identity } from '@/lib/auth/identity';
import { requireGm, requireMember } from '@/lib/auth/table-access';
import { endSession } from '@/lib/db/queries/session-chain';
import { AppError } from '@/lib/errors';
import { chronicleSession } from '@/lib/memory/chronicle';
import type { TableRuntime } from '@/lib/table/table-runtime';

/**
 * The game master ends a session: it takes no more actions, and the
 * Chronicler reads it to the end, writing the session's summary that the
 * next session opens with. Ending it again only writes what is missing.
 */
export async function endSessionByGm(runtime: TableRuntime, input: { gm: Identity; sessionId: string }): Promise<{ endedAt: string }> {
  const { gm, sessionId } = input;
  requireGm(await requireMember(runtime.db, gm, sessionId), 'end the session');
  // A turn half played would land after the summary and outside the recap.
  const { status } = await runtime.sessions.view(sessionId);
  if (status.phase !== 'awaitingAction') throw new AppError('conflict', 'A turn is under way; end the session once it is done');
  const endedAt = await endSession(runtime.db, sessionId);
  if (!endedAt) throw new AppError('not_found', `There is no session "${sessionId}"`);
  await chronicleSession(runtime.memory, sessionId, { endOfSession: true });
  return { endedAt };
}
