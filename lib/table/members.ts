import 'server-only';
import { getMember, type Member } from '@/lib/db/queries/members';
import type { Queryable } from '@/lib/db/types';

export type { Member } from '@/lib/db/queries/members';

/** This person's place at the table (role and seats), or null when they do not sit at it. */
export function tableMember(db: Queryable, input: { sessionId: string; userId: string }): Promise<Member | null> {
  return getMember(db, input);
}
