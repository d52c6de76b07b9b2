import type { CampaignSeed } from '@/lib/campaigns/campaign';
import type { Database, Queryable } from '../types';

export type CampaignSummary = { id: string; title: string; summary: string; characterCount: number };

/** Stores a campaign with its characters unless one with its id exists. */
export async function ensureCampaign(db: Database, campaign: CampaignSeed): Promise<void> {
  await db.transaction((tx) => insertCampaign(tx, campaign));
}

/**
 * The built-in campaign ships with the app: a new release's places (their
 * exits, people, triggers) replace what an older release stored, while
 * sessions already played keep their own snapshots and logs.
 */
export async function refreshBuiltInCampaign(db: Database, campaign: CampaignSeed): Promise<void> {
  await db.transaction(async (tx) => {
    await insertCampaign(tx, campaign);
    await tx.query(
      `update campaigns set title = $2, summary = $3, data = $4
        where id = $1 and (data is distinct from $4::jsonb or title <> $2 or summary <> $3)`,
      [campaign.id, campaign.title, campaign.summary, { startLocationId: campaign.startLocationId, locations: campaign.locations }],
    );
  });
}

/** ensureCampaign's writes, in a transaction the caller holds: they land with the caller's other writes, or not at all. */
export async function insertCampaign(tx: Queryable, campaign: CampaignSeed): Promise<void> {
  const inserted = await tx.query(
    `insert into campaigns (id, title, summary, data) values ($1, $2, $3, $4)
     on conflict (id) do nothing returning id`,
    [campaign.id, campaign.title, campaign.summary, { startLocationId: campaign.startLocationId, locations: campaign.locations }],
  );
  if (inserted.rows.length === 0) return;
  for (const [position, character] of campaign.characters.entries()) {
    await tx.query('insert into characters (id, campaign_id, position, data) values ($1, $2, $3, $4)', [
      character.id,
      campaign.id,
      position,
      character,
    ]);
  }
}

export async function listCampaigns(db: Database): Promise<CampaignSummary[]> {
  const { rows } = await db.query<{ id: string; title: string; summary: string; character_count: number }>(
    `select c.id, c.title, c.summary, count(ch.id)::int as character_count
       from campaigns c left join characters ch on ch.campaign_id = c.id
      group by c.id order by c.created_at`,
  );
  return rows.map((r) => ({ id: r.id, title: r.title, summary: r.summary, characterCount: r.character_count }));
}

/** A campaign's title and places without its characters: what a table needs to load, one query. */
export async function getCampaignPlaces(db: Database, { id }: { id: string }): Promise<Pick<CampaignSeed, 'id' | 'title' | 'startLocationId' | 'locations'> | null> {
  const campaign = await db.query<{ id: string; title: string; data: Pick<CampaignSeed, 'startLocationId' | 'locations'> }>('select id, title, data from campaigns where id = $1', [id]);
  const row = campaign.rows[0];
  return row ? { id: row.id, title: row.title, startLocationId: row.data.startLocationId, locations: row.data.locations } : null;
}

export async function getCampaignById(db: Database, { id }: { id: string }): Promise<CampaignSeed | null> {
  const campaign = await db.query<{ id: string; title: string; summary: string; data: Pick<CampaignSeed, 'startLocationId' | 'locations'> }>(
    'select id, title, summary, data from campaigns where id = $1',
    [id],
  );
  const row = campaign.rows[0];
  if (!row) return null;
  const characters = await db.query<{ data: CampaignSeed['characters'][number] }>(
    'select data from characters where campaign_id = $1 order by position',
    [id],
  );
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    startLocationId: row.data.startLocationId,
    locations: row.data.locations,
    characters: characters.rows.map((r) => r.data),
  };
}
