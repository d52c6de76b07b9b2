import 'server-only';
import { listCampaigns, type CampaignSummary } from '@/lib/db/queries/campaigns';
import type { Database } from '@/lib/db/types';

/** Every campaign a table can be opened with, oldest first: the sample and those saved from drafts. */
export function campaignCatalogue(db: Database): Promise<CampaignSummary[]> {
  return listCampaigns(db);
}
