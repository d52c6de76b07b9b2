import type { CampaignSeed } from '@/lib/campaigns/campaign';

type Places = CampaignSeed['locations'];

/** Campaigns whose places are kept; beyond it the least recently loaded is dropped (and read again when needed). */
const MAX_CAMPAIGNS = 100;

const shared = new Map<string, { text: string; places: Places }>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * One copy of a campaign's places for every table of it this process plays: they are the
 * largest thing a live table holds beside its own state, and the same for all of them. Frozen,
 * so a table that tried to change them would fail loudly instead of changing every other
 * table's. Places that differ from the kept copy (the campaign changed) replace it.
 */
export function sharedPlaces(campaignId: string, places: Places): Places {
  const text = JSON.stringify(places);
  const known = shared.get(campaignId);
  shared.delete(campaignId);
  const kept = known && known.text === text ? known : { text, places: deepFreeze(places) };
  shared.set(campaignId, kept);
  if (shared.size > MAX_CAMPAIGNS) shared.delete(shared.keys().next().value!);
  return kept.places;
}
