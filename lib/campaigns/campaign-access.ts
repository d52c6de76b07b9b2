import type { Identity } from '@/lib/auth/identity';
import type { FactReader } from '@/lib/db/queries/campaign-facts';
import { listCampaignMemberships, listPlayedCampaignIds } from '@/lib/db/queries/table-memberships';
import type { Queryable } from '@/lib/db/types';
import { AppError } from '@/lib/errors';

/**
 * What a person may read of a campaign's memory: a game master of any of its
 * sessions reads it all; a player reads as each character they hold a seat for.
 */
export type CampaignAccess = { gm: boolean; readers: FactReader[] };

/** The person's access to a campaign, or a 403 when they sat at none of its sessions. */
export async function campaignAccess(db: Queryable, identity: Identity, campaignId: string): Promise<CampaignAccess> {
  const memberships = await listCampaignMemberships(db, { campaignId, userId: identity.userId });
  if (memberships.length === 0) throw new AppError('forbidden', 'You have not played this campaign; ask its game master for an invite link');
  if (memberships.some((m) => m.role === 'gm')) return { gm: true, readers: [{ kind: 'dm' }] };
  const characters = [...new Set(memberships.flatMap((m) => m.seats))];
  return { gm: false, readers: characters.map((characterId) => ({ kind: 'character', characterId })) };
}

/** As campaignAccess, for what only a game master of the campaign may do. */
export async function requireCampaignGm(db: Queryable, identity: Identity, campaignId: string, doing: string): Promise<void> {
  if (!(await campaignAccess(db, identity, campaignId)).gm) throw new AppError('forbidden', `Only the game master can ${doing}`);
}

/** The campaigns whose page a person may open. */
export async function playedCampaigns(db: Queryable, identity: Identity): Promise<Set<string>> {
  return new Set(await listPlayedCampaignIds(db, { userId: identity.userId }));
}
