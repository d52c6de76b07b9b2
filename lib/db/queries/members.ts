import type { Database, Queryable } from '../types';

export type TableRole = 'gm' | 'player';
export type Member = { userId: string; role: TableRole; displayName: string; seats: string[] };

type MemberRow = { user_id: string; role: TableRole; display_name: string; seats: string[] | null };

const memberColumns = `m.user_id, m.role, m.display_name,
  (select array_agg(s.character_id order by s.claimed_at) from session_seats s where s.session_id = m.session_id and s.user_id = m.user_id) as seats`;

function toMember(row: MemberRow): Member {
  return { userId: row.user_id, role: row.role, displayName: row.display_name, seats: row.seats ?? [] };
}

/** Seats a person at a table; someone already there keeps their role and takes the new name. */
export async function addMember(
  db: Queryable,
  input: { sessionId: string; userId: string; role: TableRole; displayName: string },
): Promise<void> {
  await db.query(
    `insert into session_members (session_id, user_id, role, display_name) values ($1, $2, $3, $4)
     on conflict (session_id, user_id) do update set display_name = excluded.display_name`,
    [input.sessionId, input.userId, input.role, input.displayName],
  );
}

export async function getMember(db: Queryable, { sessionId, userId }: { sessionId: string; userId: string }): Promise<Member | null> {
  const { rows } = await db.query<MemberRow>(`select ${memberColumns} from session_members m where m.session_id = $1 and m.user_id = $2`, [
    sessionId,
    userId,
  ]);
  return rows[0] ? toMember(rows[0]) : null;
}

export async function listMembers(db: Queryable, { sessionId }: { sessionId: string }): Promise<Member[]> {
  const { rows } = await db.query<MemberRow>(`select ${memberColumns} from session_members m where m.session_id = $1 order by m.joined_at`, [
    sessionId,
  ]);
  return rows.map(toMember);
}

/** Who holds a character's seat, if anyone. */
export async function seatHolder(db: Queryable, { sessionId, characterId }: { sessionId: string; characterId: string }): Promise<string | null> {
  const { rows } = await db.query<{ user_id: string }>('select user_id from session_seats where session_id = $1 and character_id = $2', [
    sessionId,
    characterId,
  ]);
  return rows[0]?.user_id ?? null;
}

/** Gives a seat to a person; false when someone else holds it already. */
export async function claimSeat(
  db: Queryable,
  input: { sessionId: string; userId: string; characterId: string },
): Promise<boolean> {
  const { rows } = await db.query<{ user_id: string }>(
    `insert into session_seats (session_id, character_id, user_id) values ($1, $2, $3)
     on conflict (session_id, character_id) do update set user_id = session_seats.user_id
     returning user_id`,
    [input.sessionId, input.characterId, input.userId],
  );
  return rows[0]?.user_id === input.userId;
}

export async function releaseSeat(db: Queryable, { sessionId, characterId }: { sessionId: string; characterId: string }): Promise<void> {
  await db.query('delete from session_seats where session_id = $1 and character_id = $2', [sessionId, characterId]);
}

/**
 * Takes a person away from a table, with their seats, and remembers it: an
 * invitation made before now no longer seats them.
 */
export async function removeMember(db: Database, input: { sessionId: string; userId: string; removedBy: string }): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query('delete from session_members where session_id = $1 and user_id = $2', [input.sessionId, input.userId]);
    await tx.query(
      `insert into session_removals (session_id, user_id, removed_by) values ($1, $2, $3)
       on conflict (session_id, user_id) do update set removed_by = excluded.removed_by, removed_at = now()`,
      [input.sessionId, input.userId, input.removedBy],
    );
  });
}

/** When the game master last removed this person from the table, if ever. */
export async function removedAt(db: Queryable, { sessionId, userId }: { sessionId: string; userId: string }): Promise<Date | null> {
  const { rows } = await db.query<{ removed_at: Date | string }>('select removed_at from session_removals where session_id = $1 and user_id = $2', [
    sessionId,
    userId,
  ]);
  return rows[0] ? new Date(rows[0].removed_at) : null;
}
