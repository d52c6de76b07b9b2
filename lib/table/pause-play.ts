import 'server-only';
import { AppError } from '@/lib/errors';
import type { SessionHost } from './session-host';

/** The game master pauses play (nobody acts, AI players wait) or resumes it; asking for the state it is already in is a 409. */
export async function pauseOrResume(
  sessions: Pick<SessionHost, 'view' | 'command'>,
  input: { sessionId: string; action: 'pause' | 'resume'; reason: string },
): Promise<void> {
  const { sessionId, action, reason } = input;
  const { status } = await sessions.view(sessionId);
  if (action === 'pause' && status.paused) throw new AppError('conflict', 'The game is already paused');
  if (action === 'resume' && !status.paused) throw new AppError('conflict', 'The game is not paused');
  await sessions.command(sessionId, { type: action === 'pause' ? 'table.pause' : 'table.resume', reason });
}
