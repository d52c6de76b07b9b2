import type { AgentBus } from '@/lib/bus';
import { getDeadLetterById, reopenDeadLetter, settleDeadLetter } from '@/lib/db/queries/dead-letters';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import { envelopeSchema } from '@/lib/messages';

/**
 * Sends a dead letter's message again, as a new message with a fresh retry
 * budget in the same conversation. The letter
 * is claimed first, so two people replaying it at once send it once.
 */
export async function replayDeadLetter({ db, bus, id }: { db: Database; bus: AgentBus; id: string }): Promise<void> {
  const letter = await getDeadLetterById(db, { id });
  if (!letter) throw new AppError('not_found', `There is no dead letter "${id}"`);
  if (letter.status !== 'open') throw new AppError('conflict', `This dead letter was already ${letter.status}`);
  const parsed = envelopeSchema.safeParse(letter.body);
  if (!parsed.success) throw new AppError('bad_request', 'This message cannot be replayed: it is not a valid envelope');
  if (!(await settleDeadLetter(db, { id, status: 'replayed', note: 'replayed' }))) {
    throw new AppError('conflict', 'This dead letter was settled by someone else just now');
  }
  // A new message id: the old one is remembered as handled (dead) and would not be handled again.
  const message = {
    ...parsed.data,
    messageId: crypto.randomUUID(),
    timestamp: new Date().toISOString(),
    metadata: { ...parsed.data.metadata, retryCount: 0 },
  };
  try {
    await bus.publish(message);
  } catch (error) {
    await reopenDeadLetter(db, { id });
    throw error;
  }
}

export async function discardDeadLetter({ db, id, reason }: { db: Database; id: string; reason: string }): Promise<void> {
  if (!reason.trim()) throw new AppError('bad_request', 'Say why this dead letter is discarded');
  if (!(await settleDeadLetter(db, { id, status: 'discarded', note: reason.trim() }))) {
    const letter = await getDeadLetterById(db, { id });
    if (!letter) throw new AppError('not_found', `There is no dead letter "${id}"`);
    throw new AppError('conflict', `This dead letter was already ${letter.status}`);
  }
}
