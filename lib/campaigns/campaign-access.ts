import type { Identity } from '@/lib/auth/identity';
import type { FactReader } from '@/lib/db/queries/campaign-facts';
import { listCampaignMemberships, listPlayedCampaignIds } from '@/lib/db/queries/table-memberships';
import type { Queryable } from '@/lib/db/types';
import { AppError } from '@/lib/errors';

/**
 * What a person may read of a campaign's memory. Many groups may play one
 * campaign; each group's run of sessions (its chronicle) remembers for
 * itself, and a person sees the run they last sat at: as its game master
 * all of it, as a player what each character they hold a seat for saw.
 */
export type CampaignAccess = { gm: boolean; readers: FactReader[]; chronicleId: string };

/** The person's access to their run of a campaign, or a 403 when they sat at none of its sessions. */
export async function campaignAccess(db: Queryable, identity: Identity, campaignId: string): Promise<CampaignAccess> {
  const all = await listCampaignMemberships(db, { campaignId, userId: identity.userId });
  const chronicleId = all.at(-1)?.chronicleId;
  if (!chronicleId) throw new AppError('forbidden', 'You have not played this campaign; ask its game master for an invite link');
  const memberships = all.filter((m) => m.chronicleId === chronicleId);
  if (memberships.some((m) => m.role === 'gm')) return { gm: true, readers: [{ kind: 'dm' }], chronicleId };
  const characters = [...new Set(memberships.flatMap((m) => m.seats))];
  return { gm: false, readers: characters.map((characterId) => ({ kind: 'character', characterId })), chronicleId };
}

/** As campaignAccess, for what only the game master of that run may do; it answers which run. */
export async function requireCampaignGm(db: Queryable, identity: Identity, campaignId: string, doing: string): Promise<string> {
  const access = await campaignAccess(db, identity, campaignId);
  if (!access.gm) throw new AppError('forbidden', `Only the game master can ${doing}`);
  return access.chronicleId;
}

/** The campaigns whose page a person may open. */
export async function playedCampaigns(db: Queryable, identity: Identity): Promise<Set<string>> {
  return new Set(await listPlayedCampaignIds(db, { userId: identity.userId }));
}
