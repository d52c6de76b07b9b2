import type { UIMessage } from 'ai';
import type { CampaignDraft } from '@/lib/campaigns/draft';
import type { Database, Queryable } from '../types';

export type DraftRecord = { id: string; draft: CampaignDraft; messages: UIMessage[]; campaignId: string | null; createdBy: string | null };

type Row = { id: string; data: CampaignDraft; messages: UIMessage[]; campaign_id: string | null; created_by: string | null };

export async function createDraft(
  db: Database,
  { id, messages, createdBy }: { id: string; messages: UIMessage[]; createdBy: string | null },
): Promise<void> {
  await db.query('insert into campaign_drafts (id, messages, created_by) values ($1, $2, $3)', [id, JSON.stringify(messages), createdBy]);
}

export async function getDraftById(db: Database, { id }: { id: string }): Promise<DraftRecord | null> {
  const { rows } = await db.query<Row>('select id, data, messages, campaign_id, created_by from campaign_drafts where id = $1', [id]);
  const row = rows[0];
  return row ? { id: row.id, draft: row.data, messages: row.messages, campaignId: row.campaign_id, createdBy: row.created_by } : null;
}

export async function saveDraft(db: Database, input: { id: string; draft: CampaignDraft; messages?: UIMessage[] }): Promise<void> {
  await db.query(
    `update campaign_drafts set data = $2, messages = coalesce($3, messages), updated_at = now() where id = $1`,
    [input.id, input.draft, input.messages ? JSON.stringify(input.messages) : null],
  );
}

export async function markDraftSaved(db: Queryable, { id, campaignId }: { id: string; campaignId: string }): Promise<void> {
  await db.query('update campaign_drafts set campaign_id = $2, updated_at = now() where id = $1', [id, campaignId]);
}
