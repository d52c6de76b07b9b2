import { createWebSocketInspector } from '@statelyai/inspect';
import type { InspectionEvent, Observer } from 'xstate';
import { diagnosticSwitches } from '@/lib/config';

const holder = globalThis as typeof globalThis & { roundtableInspector?: Observer<InspectionEvent> | null };

/**
 * With XSTATE_INSPECT_URL set (a Stately inspector's WebSocket, e.g. from
 * `createInspectorServer` in @statelyai/inspect/server), every actor this
 * process runs streams its events and snapshots there; otherwise nothing.
 */
export function actorInspector(): Observer<InspectionEvent> | undefined {
  if (holder.roundtableInspector === undefined) {
    const url = diagnosticSwitches().inspectUrl;
    if (url) {
      // It connects by itself (autoStart), keeping events until the socket opens.
      holder.roundtableInspector = createWebSocketInspector({ url }).inspect;
    } else {
      holder.roundtableInspector = null;
    }
  }
  return holder.roundtableInspector ?? undefined;
}
