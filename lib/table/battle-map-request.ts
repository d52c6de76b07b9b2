import { fromCallback } from 'xstate';
import type { AssetStores } from '@/lib/assets/store';
import type { MessageBus } from '@/lib/bus';
import type { Database } from '@/lib/db/types';
import type { Painting } from '@/lib/ai/paint-image';
import { hashText } from '@/lib/generator/rng';
import { createRequest } from '@/lib/messages';
import type { MapRequestInput, PendingMap, SessionMachineEvent } from '@/machines/session/types';
import type { TableOf } from './live-session';
import { keepMapArt } from './map-art';

/**
 * How long the bus waits for the generator's answer. The table's own limit is
 * the session machine's `mapWait` delay; this only keeps the request from
 * outliving it by much.
 */
const MAP_TIMEOUT_MS = 60_000;

/**
 * The session machine's `requestMap` actor: a place the campaign drew no
 * battle map for gets one from the Creative Generator, asked over the bus.
 * It answers the machine with `map.arrived`, or `map.unavailable` when there
 * is nothing to ask for or the generator could not draw it.
 */
export function battleMapRequest(deps: { bus: MessageBus; db: Database; assets?: AssetStores }, tableOf: TableOf) {
  return fromCallback<SessionMachineEvent, MapRequestInput>(({ input: { locationId, title, terrain }, sendBack, system }) => {
    const { sessionId, live } = tableOf(system);
    const place = live.locations.find((l) => l.scene.locationId === locationId);
    if (!place || place.map) return void sendBack({ type: 'map.unavailable', locationId });
    const request = createRequest({
      fromAgent: 'dm',
      toAgent: 'generator',
      sessionId,
      timeout: MAP_TIMEOUT_MS,
      action: 'generate_map',
      parameters: { kind: 'battle', seed: hashText(`${sessionId}:${locationId}`), width: 14, height: 10, terrain },
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
        const art = await keepMapArt(deps, { sessionId, title, image: map.image });
        sendBack({ type: 'map.arrived', locationId, rows: map.rows, partyStart: map.spawnPoints.party, others: map.spawnPoints.foes, art });
      })
      .catch((error: unknown) => {
        console.warn(`[session ${sessionId}] no battle map for ${locationId}; playing on without:`, (error as Error).message);
        sendBack({ type: 'map.unavailable', locationId });
      });
  });
}
