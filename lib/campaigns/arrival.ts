import { statBlockFor } from '@/lib/rules/bestiary';
import { gridFromRows } from '@/lib/rules/grid';
import type { Arrival } from '@/lib/rules/table-resolver';
import { TableResolver } from '@/lib/rules/table-resolver';
import type { PlaceLeft, RulesState } from '@/lib/rules/state';
import type { DiceKey } from '@/lib/rules/dice-key';
import { z } from 'zod';
import { locationSchema, type CampaignSeed } from './campaign';

/** What the table remembers of the adventure so far: the places the party's deeds woke, and how it left the places it left. */
export type Remembered = { woken: readonly string[]; placesLeft: readonly PlaceLeft[] };

/**
 * What arriving at one of a campaign's locations sets up: whoever waits
 * there, and more if the party's deeds woke the place. A place the party
 * comes back to is as they left it, and who fell there stays fallen.
 */
export function arrivalAt(locations: CampaignSeed['locations'], locationId: string, remembered?: Remembered): Arrival | null {
  const location = z.array(locationSchema).parse(locations).find((l) => l.scene.locationId === locationId);
  if (!location) return null;
  const left = remembered?.placesLeft.find((p) => p.scene.locationId === locationId);
  const waiting = remembered?.woken.includes(locationId) ? [...location.creatures, ...location.whenWoken] : location.creatures;
  return {
    scene: left?.scene ?? location.scene,
    grid: location.map ? gridFromRows(location.map) : null,
    partyStart: location.partyStart,
    creatures: waiting
      .filter((placed) => !left?.fallen.includes(placed.id))
      .map((placed) => ({
        statBlock: statBlockFor((placed.monster ?? placed.bestiaryId)!),
        id: placed.id,
        name: placed.name,
        hostile: placed.hostile,
        position: placed.position,
        coins: placed.coins,
      })),
  };
}

/**
 * The places reachable from a location, and by which way: its scene's exits,
 * or for a scene written without them, the next place in the campaign's
 * order (from a place it does not list, its first).
 */
export function waysOnFrom(locations: CampaignSeed['locations'], locationId: string): Array<{ locationId: string; title: string; by?: string }> {
  const titleOf = (id: string) => locations.find((l) => l.scene.locationId === id)?.scene.title ?? id;
  const index = locations.findIndex((l) => l.scene.locationId === locationId);
  const exits = locations[index]?.scene.exits ?? [];
  if (exits.length) return exits.map((e) => ({ locationId: e.to, title: titleOf(e.to), by: e.name }));
  const next = locations[index + 1];
  return next ? [{ locationId: next.scene.locationId!, title: next.scene.title }] : [];
}

/** The game as a session of this campaign begins: the party at the start location, seeded. */
export function openingState(campaign: CampaignSeed, seed: number | DiceKey): RulesState {
  const arrival = arrivalAt(campaign.locations, campaign.startLocationId)!;
  const resolver = new TableResolver({ scene: arrival.scene, party: campaign.characters, seed, rollCount: 0, round: 0 });
  resolver.setUp(arrival);
  return resolver.state;
}
