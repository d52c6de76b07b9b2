import { getMember, type Member } from '@/lib/db/queries/members';
import type { Queryable } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import type { RulesState } from '@/lib/rules/state';
import { currentCombatantId } from '@/lib/rules/turn-flow';
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

/**
 * Whether this person may act for this character now: it must be at the
 * table, be theirs, and in a fight it must be its turn.
 */
export function requireMayAct(member: Member, state: RulesState, characterId: string): void {
  const character = state.party.find((c) => c.id === characterId);
  if (!character) throw new AppError('not_found', `There is no character "${characterId}" at this table`);
  if (!member.seats.includes(characterId)) throw new AppError('forbidden', `${character.name} is not your character`);
  const current = currentCombatantId(state);
  if (current !== null && current !== characterId) {
    const name = [...state.party, ...state.creatures].find((c) => c.id === current)?.name ?? current;
    throw new AppError('forbidden', `It is not ${character.name}'s turn: ${name} is acting`);
  }
}
