import { getMember, type Member } from '@/lib/db/queries/members';
import type { Queryable } from '@/lib/db/types';
import { AppError, type AppErrorCode } from '@/lib/errors';
import type { RulesState } from '@/lib/rules/state';
import { whyCannotAct, type ActRefusal } from '@/lib/rules/who-may-act';
import type { Identity } from './identity';

/**
 * The person's place at a table, or the refusal that says why they have none:
 * 404 for a table that does not exist, 403 for one they do not sit at.
 */
export async function requireMember(db: Queryable, identity: Identity, sessionId: string): Promise<Member> {
  const [member, exists] = await Promise.all([
    getMember(db, { sessionId, userId: identity.userId }),
    db.query<{ id: string }>('select id from sessions where id = $1', [sessionId]),
  ]);
  if (exists.rows.length === 0) throw new AppError('not_found', `There is no session "${sessionId}"`);
  if (!member) throw new AppError('forbidden', 'You are not at this table; ask its game master for an invite link');
  return member;
}

export function requireGm(member: Member, doing: string): void {
  if (member.role !== 'gm') throw new AppError('forbidden', `Only the game master can ${doing}`);
}

const refusalCodes: Record<ActRefusal['kind'], AppErrorCode> = {
  paused: 'conflict',
  'no-character': 'not_found',
  'not-theirs': 'forbidden',
  'not-their-turn': 'forbidden',
  'ai-player': 'forbidden',
};

/** Throws the refusal, if there is one, as the error its route answers with. */
export function throwIfRefused(refusal: ActRefusal | null): void {
  if (refusal) throw new AppError(refusalCodes[refusal.kind], refusal.reason);
}

/**
 * Whether this person may act for this character now: play is not paused,
 * the character is at the table, is theirs and played by them, and in a fight
 * it is its turn.
 */
export function requireMayAct(member: Member, state: RulesState, characterId: string, { paused = false }: { paused?: boolean } = {}): void {
  throwIfRefused(whyCannotAct(state, { characterId, paused, seats: member.seats }));
}
