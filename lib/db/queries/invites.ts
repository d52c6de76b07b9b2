import type { Queryable } from '../types';
import type { TableRole } from './members';

export type Invite = {
  token: string;
  sessionId: string;
  role: TableRole;
  expiresAt: string | null;
  /** Seats it may still give; null for any number until it expires. */
  usesLeft: number | null;
  createdAt: string;
};

type InviteRow = {
  token: string;
  session_id: string;
  role: TableRole;
  expires_at: Date | string | null;
  max_uses: number | null;
  uses: number;
  created_at: Date | string;
};

const columns = 'token, session_id, role, expires_at, max_uses, uses, created_at';
/** An invitation that still works: not revoked, not expired, not used up. */
const live = `revoked_at is null and (expires_at is null or expires_at > now()) and (max_uses is null or uses < max_uses)`;

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

function toInvite(row: InviteRow): Invite {
  return {
    token: row.token,
    sessionId: row.session_id,
    role: row.role,
    expiresAt: row.expires_at === null ? null : iso(row.expires_at),
    usesLeft: row.max_uses === null ? null : row.max_uses - row.uses,
    createdAt: iso(row.created_at),
  };
}

export async function createInvite(
  db: Queryable,
  input: { token: string; sessionId: string; role: TableRole; createdBy: string; expiresAt: Date | null; maxUses: number | null },
): Promise<Invite> {
  const { rows } = await db.query<InviteRow>(
    `insert into session_invites (token, session_id, role, created_by, expires_at, max_uses) values ($1, $2, $3, $4, $5, $6) returning ${columns}`,
    [input.token, input.sessionId, input.role, input.createdBy, input.expiresAt, input.maxUses],
  );
  return toInvite(rows[0]!);
}

/** A live invitation; a revoked, expired, used-up or unknown token is null. */
export async function getInvite(db: Queryable, { token }: { token: string }): Promise<Invite | null> {
  const { rows } = await db.query<InviteRow>(`select ${columns} from session_invites where token = $1 and ${live}`, [token]);
  return rows[0] ? toInvite(rows[0]) : null;
}

/** A table's invitations that still work, newest first. */
export async function listLiveInvites(db: Queryable, { sessionId }: { sessionId: string }): Promise<Invite[]> {
  const { rows } = await db.query<InviteRow>(`select ${columns} from session_invites where session_id = $1 and ${live} order by created_at desc`, [
    sessionId,
  ]);
  return rows.map(toInvite);
}

/** Spends one use of a live invitation; false when it no longer works (taken by a concurrent join, revoked, expired). */
export async function useInvite(db: Queryable, { token }: { token: string }): Promise<boolean> {
  const { rows } = await db.query<{ token: string }>(`update session_invites set uses = uses + 1 where token = $1 and ${live} returning token`, [token]);
  return rows.length > 0;
}

/** Ends an invitation of this table; false when it had none by that token still working. */
export async function revokeInvite(db: Queryable, { sessionId, token }: { sessionId: string; token: string }): Promise<boolean> {
  const { rows } = await db.query<{ token: string }>(
    `update session_invites set revoked_at = now() where session_id = $1 and token = $2 and revoked_at is null returning token`,
    [sessionId, token],
  );
  return rows.length > 0;
}
