import type { Queryable } from '@/lib/db/types';
import type { Identity } from './identity';
import { operatorGrant } from './operator';
import { requireGm, requireMember } from './table-access';

/**
 * A table's own traces (the agents' messages of its turns, prompts and DM
 * secrets included) are for its game master and the install's operators:
 * refused with 404 for a table that does not exist, 403 for anyone else.
 */
export async function requireTableTraces(db: Queryable, identity: Identity, sessionId: string): Promise<void> {
  if (await operatorGrant(db, identity)) return;
  requireGm(await requireMember(db, identity, sessionId), "see the agents' messages of this table's turns");
}
