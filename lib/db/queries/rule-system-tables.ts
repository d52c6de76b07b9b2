import type { Queryable } from '../types';

export type PlayingTable = { sessionId: string; campaignTitle: string };

/** The tables that play by a rule system, newest first. */
export async function tablesPlayingBy(db: Queryable, { ruleSystemId }: { ruleSystemId: string }): Promise<PlayingTable[]> {
  const { rows } = await db.query<{ session_id: string; title: string }>(
    `select s.id as session_id, c.title from session_rule_systems r
       join sessions s on s.id = r.session_id join campaigns c on c.id = s.campaign_id
     where r.rule_system_id = $1 order by s.updated_at desc`,
    [ruleSystemId],
  );
  return rows.map((r) => ({ sessionId: r.session_id, campaignTitle: r.title }));
}
