import type { Database } from '../types';

export type DeadLetterAction = { deadLetterId: string; action: 'replayed' | 'discarded'; actorName: string; note: string; at: string };

export async function recordDeadLetterAction(
  db: Database,
  input: { deadLetterId: string; action: DeadLetterAction['action']; actorId: string; actorName: string; note: string },
): Promise<void> {
  await db.query('insert into dead_letter_actions (dead_letter_id, action, actor_id, actor_name, note) values ($1, $2, $3, $4, $5)', [
    input.deadLetterId,
    input.action,
    input.actorId,
    input.actorName,
    input.note,
  ]);
}

export async function listDeadLetterActions(db: Database, { deadLetterIds }: { deadLetterIds: string[] }): Promise<DeadLetterAction[]> {
  if (deadLetterIds.length === 0) return [];
  const { rows } = await db.query<{ dead_letter_id: string; action: DeadLetterAction['action']; actor_name: string; note: string; at: Date }>(
    'select dead_letter_id, action, actor_name, note, at from dead_letter_actions where dead_letter_id = any($1::uuid[]) order by at',
    [deadLetterIds],
  );
  return rows.map((r) => ({ deadLetterId: r.dead_letter_id, action: r.action, actorName: r.actor_name, note: r.note, at: r.at.toISOString() }));
}
