import 'server-only';
import type { Identity } from '@/lib/auth/identity';
import type { AgentBus } from '@/lib/bus';
import { listDeadLetterActions, recordDeadLetterAction, type DeadLetterAction } from '@/lib/db/queries/dead-letter-actions';
import { listDeadLetters, type StoredDeadLetter } from '@/lib/db/queries/dead-letters';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import { discardDeadLetter, replayDeadLetter } from './dead-letters';

export type ReviewedDeadLetter = StoredDeadLetter & { actions: DeadLetterAction[] };
export type ReplayResult = { id: string; replayed: true } | { id: string; replayed: false; error: string };

/** Dead letters in one status, newest first (at most 200), each with what operators did to it and who. */
export async function deadLettersUnderReview(db: Database, status: StoredDeadLetter['status']): Promise<ReviewedDeadLetter[]> {
  const letters = await listDeadLetters(db, { status, limit: 200 });
  const actions = await listDeadLetterActions(db, { deadLetterIds: letters.map((l) => l.id) });
  return letters.map((l) => ({ ...l, actions: actions.filter((a) => a.deadLetterId === l.id) }));
}

/**
 * An operator sends dead letters' messages again, one by one: a letter that
 * cannot go (gone, settled already) is answered for and does not stop the rest.
 */
export async function replayAsOperator({ db, bus }: { db: Database; bus: AgentBus }, input: { ids: string[]; by: Identity }): Promise<ReplayResult[]> {
  const results: ReplayResult[] = [];
  for (const id of input.ids) {
    try {
      await replayDeadLetter({ db, bus, id });
      await recordDeadLetterAction(db, { deadLetterId: id, action: 'replayed', actorId: input.by.userId, actorName: input.by.name, note: '' });
      results.push({ id, replayed: true });
    } catch (error) {
      if (!AppError.is(error)) throw error;
      results.push({ id, replayed: false, error: error.message });
    }
  }
  return results;
}

/** An operator gives up on a dead letter for good, and says why. */
export async function discardAsOperator(db: Database, input: { id: string; reason: string; by: Identity }): Promise<void> {
  await discardDeadLetter({ db, id: input.id, reason: input.reason });
  await recordDeadLetterAction(db, { deadLetterId: input.id, action: 'discarded', actorId: input.by.userId, actorName: input.by.name, note: input.reason });
}
