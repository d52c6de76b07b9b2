import type { Queryable } from '../types';

/** Makes this person the install's operator unless someone already is; returns who is. */
export async function claimInstallOperator(db: Queryable, { userId }: { userId: string }): Promise<string> {
  const { rows } = await db.query<{ user_id: string }>(
    `with claimed as (insert into install_operator (user_id) values ($1) on conflict do nothing returning user_id)
     select user_id from claimed union all select user_id from install_operator limit 1`,
    [userId],
  );
  return rows[0]!.user_id;
}

/** Who signed in first on this install, if anyone has. */
export async function getInstallOperator(db: Queryable): Promise<string | null> {
  const { rows } = await db.query<{ user_id: string }>('select user_id from install_operator');
  return rows[0]?.user_id ?? null;
}
