import type { Queryable } from '../types';
import type { TableRole } from './members';

/** A person's place at one session of a campaign. */
export type CampaignMembership = { sessionId: string; chronicleId: string; runStartedAt: string; role: TableRole; seats: string[] };

/** Where a person sits across a campaign's sessions, oldest session first; empty when they never played it. */
export async function listCampaignMemberships(db: Queryable, input: { campaignId: string; userId: string }): Promise<CampaignMembership[]> {
  const { rows } = await db.query<{ session_id: string; chronicle_id: string; run_started_at: string | Date; role: TableRole; seats: string[] | null }>(
    `select m.session_id, coalesce(s.chronicle_id, s.id) as chronicle_id, m.role,
            (select c.created_at from sessions c where c.id = coalesce(s.chronicle_id, s.id)) as run_started_at,
            (select array_agg(t.character_id order by t.claimed_at) from session_seats t where t.session_id = m.session_id and t.user_id = m.user_id) as seats
       from session_members m join sessions s on s.id = m.session_id
      where s.campaign_id = $1 and m.user_id = $2
      order by s.created_at, s.id`,
    [input.campaignId, input.userId],
  );
  return rows.map((r) => ({
    sessionId: r.session_id,
    chronicleId: r.chronicle_id,
    runStartedAt: new Date(r.run_started_at).toISOString(),
    role: r.role,
    seats: r.seats ?? [],
  }));
}

/** The campaigns a person sat at a session of. */
export async function listPlayedCampaignIds(db: Queryable, input: { userId: string }): Promise<string[]> {
  const { rows } = await db.query<{ campaign_id: string }>(
    'select distinct s.campaign_id from session_members m join sessions s on s.id = m.session_id where m.user_id = $1',
    [input.userId],
  );
  return rows.map((r) => r.campaign_id);
}
