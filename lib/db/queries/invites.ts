import type { Queryable } from '../types';
import type { TableRole } from './members';

export type Invite = { token: string; sessionId: string; role: TableRole; expiresAt: string | null };

type InviteRow = { token: string; session_id: string; role: TableRole; expires_at: Date | string | null };

export async function createInvite(
  db: Queryable,
  input: { token: string; sessionId: string; role: TableRole; createdBy: string; expiresAt: Date | null },
): Promise<void> {
  await db.query('insert into session_invites (token, session_id, role, created_by, expires_at) values ($1, $2, $3, $4, $5)', [
    input.token,
    input.sessionId,
    input.role,
    input.createdBy,
    input.expiresAt,
  ]);
}

/** A live invitation; an expired or unknown token is null. */
export async function getInvite(db: Queryable, { token }: { token: string }): Promise<Invite | null> {
  const { rows } = await db.query<InviteRow>(
    'select token, session_id, role, expires_at from session_invites where token = $1 and (expires_at is null or expires_at > now())',
    [token],
  );
  const row = rows[0];
  if (!row) return null;
  const expiresAt = row.expires_at instanceof Date ? row.expires_at.toISOString() : row.expires_at;
  return { token: row.token, sessionId: row.session_id, role: row.role, expiresAt };
}
