import type { Identity } from '@/lib/auth/identity';
import type { FactReader } from '@/lib/db/queries/campaign-facts';
import { listCampaignMemberships, listPlayedCampaignIds, type CampaignMembership } from '@/lib/db/queries/table-memberships';
import type { Queryable } from '@/lib/db/types';
import { AppError } from '@/lib/errors';

/**
 * What a person may read of a campaign's memory. Many groups may play one
 * campaign; each group's run of sessions (its chronicle) remembers for
 * itself, and a person sees one run they sat at (the last, unless they
 * choose another): as its game master all of it, as a player what each
 * character they hold a seat for saw.
 */
export type CampaignAccess = { gm: boolean; readers: FactReader[]; chronicleId: string };

/** One run of a campaign a person sat at: when its first session began, how many of its sessions they sat at, and whether they ran it. */
export type CampaignRun = { chronicleId: string; startedAt: string; sessions: number; gm: boolean };

/** The runs of a campaign a person sat at, oldest first. */
export function runsOf(memberships: CampaignMembership[]): CampaignRun[] {
  const runs = new Map<string, CampaignRun>();
  for (const m of memberships) {
    const run = runs.get(m.chronicleId) ?? { chronicleId: m.chronicleId, startedAt: m.runStartedAt, sessions: 0, gm: false };
    runs.set(m.chronicleId, { ...run, sessions: run.sessions + 1, gm: run.gm || m.role === 'gm' });
  }
  return [...runs.values()];
}

/**
 * The person's access to a run of a campaign (their latest, or the one
 * asked for), or a 403 when they sat at none of its sessions.
 */
export async function campaignAccess(db: Queryable, identity: Identity, campaignId: string, chronicleId?: string): Promise<CampaignAccess & { runs: CampaignRun[] }> {
  const all = await listCampaignMemberships(db, { campaignId, userId: identity.userId });
  const runs = runsOf(all);
  if (runs.length === 0) throw new AppError('forbidden', 'You have not played this campaign; ask its game master for an invite link');
  const run = chronicleId === undefined ? runs.at(-1)! : runs.find((r) => r.chronicleId === chronicleId);
  if (!run) throw new AppError('forbidden', 'You did not sit at that run of this campaign; choose one of your own');
  if (run.gm) return { gm: true, readers: [{ kind: 'dm' }], chronicleId: run.chronicleId, runs };
  const characters = [...new Set(all.filter((m) => m.chronicleId === run.chronicleId).flatMap((m) => m.seats))];
  return { gm: false, readers: characters.map((characterId) => ({ kind: 'character', characterId })), chronicleId: run.chronicleId, runs };
}

/** The campaigns whose page a person may open. */
export async function playedCampaigns(db: Queryable, identity: Identity): Promise<Set<string>> {
  return new Set(await listPlayedCampaignIds(db, { userId: identity.userId }));
}
