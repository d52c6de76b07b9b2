import 'server-only';
import { AppError } from '@/lib/errors';
import { applyPatches, RuleViolation, type StatePatch } from '@/lib/rules/patches';
import type { SessionHost } from './session-host';

/**
 * The game master changes the state by hand. The changes are tried on the
 * table as it stands first, so a change the rules refuse is a 400 naming why
 * rather than a command the table turns down later.
 */
export async function editByHand(
  sessions: Pick<SessionHost, 'view' | 'command'>,
  input: { sessionId: string; patches: StatePatch[]; reason: string; by: string },
): Promise<void> {
  const { sessionId, patches, reason, by } = input;
  const { state } = await sessions.view(sessionId);
  try {
    applyPatches(state, patches);
  } catch (error) {
    if (error instanceof RuleViolation) throw new AppError('bad_request', `The rules do not allow that change: ${error.message}`);
    throw error;
  }
  await sessions.command(sessionId, { type: 'gm.edit', patches, reason, by });
}
