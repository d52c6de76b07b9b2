import { getConfig } from '@/lib/config';
import type { Queryable } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import type { Identity } from './identity';

/** The ops pages are for operators (OPERATOR_IDS) and for game masters; players are refused with 403. */
export async function requireOperator(db: Queryable, identity: Identity): Promise<void> {
  if (getConfig().operatorIds.includes(identity.userId)) return;
  const { rows } = await db.query<{ gm: boolean }>(`select exists (select 1 from session_members where user_id = $1 and role = 'gm') as gm`, [
    identity.userId,
  ]);
  if (!rows[0]?.gm) throw new AppError('forbidden', 'The ops pages are for operators and game masters');
}
