import type { Queryable } from '../types';

/**
 * Takes or renews a session's lease for `holder` unless another holder's lease
 * is still running. The database's clock decides, so instances' clocks need not agree.
 * Returns who holds it afterwards.
 */
export async function claimLease(db: Queryable, input: { sessionId: string; holder: string; ttlMs: number }): Promise<string | null> {
  const { rows } = await db.query<{ holder: string }>(
    `insert into session_leases (session_id, holder, expires_at) values ($1, $2, now() + $3 * interval '1 millisecond')
     on conflict (session_id) do update set holder = excluded.holder, expires_at = excluded.expires_at
       where session_leases.holder = excluded.holder or session_leases.expires_at < now()
     returning holder`,
    [input.sessionId, input.holder, input.ttlMs],
  );
  if (rows[0]) return rows[0].holder;
  const current = await db.query<{ holder: string }>('select holder from session_leases where session_id = $1', [input.sessionId]);
  // The session may have been deleted between the two statements.
  return current.rows[0]?.holder ?? null;
}

export async function releaseLease(db: Queryable, { sessionId, holder }: { sessionId: string; holder: string }): Promise<void> {
  await db.query('delete from session_leases where session_id = $1 and holder = $2', [sessionId, holder]);
}

/**
 * Sessions whose holder stopped renewing without letting go (it died), and
 * sessions with queued actions that nobody holds: tables someone must take over.
 */
export async function orphanedSessions(db: Queryable): Promise<string[]> {
  const { rows } = await db.query<{ session_id: string }>(
    `select session_id from session_leases where expires_at < now()
     union
     select distinct a.session_id from session_actions a
      where a.status = 'queued' and not exists (select 1 from session_leases l where l.session_id = a.session_id and l.expires_at >= now())`,
  );
  return rows.map((r) => r.session_id);
}
