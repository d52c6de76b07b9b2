import { getCampaignPlaces } from '@/lib/db/queries/campaigns';
import { getSessionLink } from '@/lib/db/queries/session-chain';
import type { Database } from '@/lib/db/types';

/** Where a session stands in its campaign: which campaign, and whether it has ended. */
export type SessionPlace = { campaignId: string; campaignTitle: string; endedAt: string | null };

export async function sessionPlace(db: Database, sessionId: string): Promise<SessionPlace | null> {
  const link = await getSessionLink(db, sessionId);
  if (!link) return null;
  const campaign = await getCampaignPlaces(db, { id: link.campaignId });
  return { campaignId: link.campaignId, campaignTitle: campaign?.title ?? link.campaignId, endedAt: link.endedAt };
}
