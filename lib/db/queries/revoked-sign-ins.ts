import type { Queryable } from '../types';

/** Records that a sign-in ended, until its cookie would have expired; forgets ones already past that. */
export async function revokeSignIn(db: Queryable, { id, expiresAt }: { id: string; expiresAt: Date }): Promise<void> {
  await db.query('delete from revoked_sign_ins where expires_at < now()');
  await db.query('insert into revoked_sign_ins (id, expires_at) values ($1, $2) on conflict (id) do update set expires_at = excluded.expires_at', [
    id,
    expiresAt,
  ]);
}

export async function isSignInRevoked(db: Queryable, { id }: { id: string }): Promise<boolean> {
  const { rows } = await db.query<{ revoked: boolean }>('select exists (select 1 from revoked_sign_ins where id = $1) as revoked', [id]);
  return rows[0]?.revoked ?? false;
}
