import type { UIMessage } from 'ai';
import type { CampaignDraft } from '@/lib/campaigns/draft';
import type { Database } from '../types';

export type DraftRecord = { id: string; draft: CampaignDraft; messages: UIMessage[]; campaignId: string | null };

type Row = { id: string; data: CampaignDraft; messages: UIMessage[]; campaign_id: string | null };

export async function createDraft(db: Database, { id, messages }: { id: string; messages: UIMessage[] }): Promise<void> {
  await db.query('insert into campaign_drafts (id, messages) values ($1, $2)', [id, JSON.stringify(messages)]);
}

export async function getDraftById(db: Database, { id }: { id: string }): Promise<DraftRecord | null> {
  const { rows } = await db.query<Row>('select id, data, messages, campaign_id from campaign_drafts where id = $1', [id]);
  const row = rows[0];
  return row ? { id: row.id, draft: row.data, messages: row.messages, campaignId: row.campaign_id } : null;
}

export async function saveDraft(db: Database, input: { id: string; draft: CampaignDraft; messages?: UIMessage[] }): Promise<void> {
  await db.query(
    `update campaign_drafts set data = $2, messages = coalesce($3, messages), updated_at = now() where id = $1`,
    [input.id, input.draft, input.messages ? JSON.stringify(input.messages) : null],
  );
}

export async function markDraftSaved(db: Database, { id, campaignId }: { id: string; campaignId: string }): Promise<void> {
  await db.query('update campaign_drafts set campaign_id = $2, updated_at = now() where id = $1', [id, campaignId]);
}
