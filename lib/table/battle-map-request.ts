import type { AssetStores } from '@/lib/assets/store';
import type { MessageBus } from '@/lib/bus';
import type { Database } from '@/lib/db/types';
import type { Painting } from '@/lib/ai/paint-image';
import { hashText } from '@/lib/generator/rng';
import { createRequest } from '@/lib/messages';
import type { LiveSession, PendingMap } from './live-session';
import { keepMapArt } from './map-art';

/** How long the table waits for a battle map before playing on without one (it may still arrive later). */
const MAP_TIMEOUT_MS = 60_000;

/**
 * A place without a battle map gets one from the Creative Generator, asked
 * over the bus without holding up the table: when it arrives, it is laid
 * out as soon as the table is free; if it never comes, play goes on without.
 */
export function askForMap(deps: { bus: MessageBus; db: Database; assets?: AssetStores }, sessionId: string, live: LiveSession): void {
  const state = live.actor.getSnapshot().context.state;
  const place = live.locations.find((l) => l.scene.locationId === state.scene.locationId);
  if (state.grid || !place || place.map || live.mapsAsked.has(state.scene.locationId)) return;
  const locationId = state.scene.locationId;
  live.mapsAsked.add(locationId);
  const request = createRequest({
    fromAgent: 'dm',
    toAgent: 'generator',
    sessionId,
    timeout: MAP_TIMEOUT_MS,
    action: 'generate_map',
    parameters: { kind: 'battle', seed: hashText(`${sessionId}:${locationId}`), width: 14, height: 10, terrain: state.scene.mapStyle },
  });
  void deps.bus
    .request(request)
    .then(async (response) => {
      if (!response.payload.success) throw new Error(response.payload.error.message);
      const map = response.payload.data as {
        rows: string[];
        spawnPoints: { party: PendingMap['partyStart']; foes: PendingMap['others'] };
        image?: Painting;
      };
      const art = await keepMapArt(deps, { sessionId, title: state.scene.title, image: map.image });
      live.pendingMap = { locationId, rows: map.rows, partyStart: map.spawnPoints.party, others: map.spawnPoints.foes, art };
      layOutPendingMap(live);
    })
    .catch((error: unknown) => console.warn(`[session ${sessionId}] no battle map for ${locationId}; playing on without:`, (error as Error).message));
}

export function layOutPendingMap(live: LiveSession): void {
  if (!live.pendingMap || !live.actor.getSnapshot().matches('awaitingAction')) return;
  const map = live.pendingMap;
  live.pendingMap = null;
  live.actor.send({ type: 'map.arrived', ...map });
}
