import type { Queryable } from '../types';

export type SessionLink = {
  id: string;
  campaignId: string;
  /** The run of sessions one group plays of the campaign (the id of its first); its memory is its own. */
  chronicleId: string;
  previousSessionId: string | null;
  endedAt: string | null;
  chronicledSeq: number;
  createdAt: string;
  version: number;
};

type LinkRow = {
  id: string;
  campaign_id: string;
  chronicle_id: string;
  previous_session_id: string | null;
  ended_at: string | Date | null;
  chronicled_seq: number;
  created_at: string | Date;
  version: number;
};

function toLink(row: LinkRow): SessionLink {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    chronicleId: row.chronicle_id,
    previousSessionId: row.previous_session_id,
    endedAt: row.ended_at ? new Date(row.ended_at).toISOString() : null,
    chronicledSeq: row.chronicled_seq,
    createdAt: new Date(row.created_at).toISOString(),
    version: row.version,
  };
}

const COLUMNS = 'id, campaign_id, coalesce(chronicle_id, id) as chronicle_id, previous_session_id, ended_at, chronicled_seq, created_at, version';

export async function getSessionLink(db: Queryable, sessionId: string): Promise<SessionLink | null> {
  const { rows } = await db.query<LinkRow>(`select ${COLUMNS} from sessions where id = $1::uuid`, [sessionId]);
  return rows[0] ? toLink(rows[0]) : null;
}

/**
 * A session's link with the people its chronicle already knows by name
 * (those facts are about), read together: the Chronicler needs both for
 * every commit, and one statement is one round trip.
 */
export async function getSessionLinkAndPeople(db: Queryable, sessionId: string): Promise<{ link: SessionLink; people: string[] } | null> {
  const { rows } = await db.query<LinkRow & { people: string[] }>(
    `select ${COLUMNS}, array(
       select distinct f.subject from campaign_facts f
        where f.chronicle_id = coalesce(s.chronicle_id, s.id) and f.kind in ('person', 'quest', 'promise') limit 500
     ) as people
     from sessions s where s.id = $1::uuid`,
    [sessionId],
  );
  return rows[0] ? { link: toLink(rows[0]), people: rows[0].people } : null;
}

/** A campaign's sessions in the order they were played. */
export async function listCampaignSessions(db: Queryable, campaignId: string): Promise<SessionLink[]> {
  const { rows } = await db.query<LinkRow>(`select ${COLUMNS} from sessions where campaign_id = $1 order by created_at, id`, [campaignId]);
  return rows.map(toLink);
}

/** One group's sessions of a campaign, in the order they were played. */
export async function listChronicleSessions(db: Queryable, chronicleId: string): Promise<SessionLink[]> {
  const { rows } = await db.query<LinkRow>(`select ${COLUMNS} from sessions where coalesce(chronicle_id, id) = $1::uuid order by created_at, id`, [chronicleId]);
  return rows.map(toLink);
}

/** Moves the Chronicler's bookmark on; never back, so a late, repeated read cannot undo a later one. */
export async function markChronicled(tx: Queryable, sessionId: string, seq: number): Promise<void> {
  await tx.query('update sessions set chronicled_seq = greatest(chronicled_seq, $2) where id = $1::uuid', [sessionId, seq]);
}

/** Ends a session by the game master's word; ending it twice keeps the first time. */
export async function endSession(tx: Queryable, sessionId: string): Promise<string | null> {
  const { rows } = await tx.query<{ ended_at: string | Date }>(
    'update sessions set ended_at = coalesce(ended_at, now()) where id = $1::uuid returning ended_at',
    [sessionId],
  );
  return rows[0] ? new Date(rows[0].ended_at).toISOString() : null;
}

/** Links a new session to the one it continues, in the same chronicle. */
export async function linkSession(tx: Queryable, input: { sessionId: string; previousSessionId: string }): Promise<void> {
  await tx.query(
    `update sessions set previous_session_id = $2::uuid,
            chronicle_id = (select coalesce(p.chronicle_id, p.id) from sessions p where p.id = $2::uuid)
      where id = $1::uuid`,
    [input.sessionId, input.previousSessionId],
  );
}
