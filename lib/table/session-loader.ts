import { createActor, type Snapshot } from 'xstate';
import { SESSION_MACHINE_VERSION } from '@/machines/session.machine';
import { remember, emptyMemory, type StoryMemory } from '@/lib/ai/context/story-memory';
import type { AssetStores } from '@/lib/assets/store';
import { getCampaignById } from '@/lib/db/queries/campaigns';
import { getSessionById, listSessionEvents, listSessionRuleSystems } from '@/lib/db/queries/sessions';
import { AppError } from '@/lib/errors';
import { applyPatches } from '@/lib/rules/patches';
import type { GameState } from '@/lib/rules/state';
import { askForMap, layOutPendingMap } from './battle-map-request';
import { actorInspector } from '@/lib/agents/inspector';
import { flushCommands, type LiveSession, type QueuedCommand } from './live-session';
import { sessionMachineFor, type SessionIo } from './session-io';
import { TableBroadcast } from './table-broadcast';
import { statusOf } from './table-view';

/**
 * A snapshot with its game state parsed again, so characters stored before
 * sheets had builds are converted and every derived number is fresh.
 */
function refreshed(snapshot: unknown): Snapshot<unknown> {
  const saved = snapshot as { context?: { state?: GameState } };
  if (!saved.context?.state) return snapshot as Snapshot<unknown>;
  return { ...saved, context: { ...saved.context, state: applyPatches(saved.context.state, []) } } as unknown as Snapshot<unknown>;
}

/**
 * Brings a session into this process from the database and starts its actor.
 * `reload` is called when another process committed first; `pump` when the
 * table waits for a person again and may take the next queued action.
 */
export async function loadLiveSession(
  options: SessionIo & { assets?: AssetStores },
  sessionId: string,
  hooks: { reload: () => void; pump: () => void },
): Promise<LiveSession> {
  const { db, hub } = options;
  const record = await getSessionById(db, { id: sessionId });
  if (!record) throw new AppError('not_found', `There is no session "${sessionId}"`);
  const campaign = await getCampaignById(db, { id: record.campaignId });
  const snapshot = record.snapshot;
  // The snapshot is used only if it belongs to the latest committed version and to this machine; otherwise
  // the table is rebuilt from the committed state and its log (a newer machine, or a table not committed to since it opened).
  const usable = snapshot && snapshot.version === record.version && snapshot.machineVersion === SESSION_MACHINE_VERSION;
  const events = usable ? [] : await listSessionEvents(db, { sessionId });
  const live = {
    memory: usable ? (snapshot.memory as StoryMemory) : events.reduce(remember, emptyMemory),
    locations: campaign?.locations ?? [],
    ruleSystemIds: await listSessionRuleSystems(db, { sessionId }),
    lastUsed: Date.now(),
    broadcast: new TableBroadcast(hub, sessionId),
    stale: false,
    pendingMap: null,
    pendingCommands: [] as QueuedCommand[],
    mapsAsked: new Set(),
  } as LiveSession;
  const machine = sessionMachineFor(options, sessionId, live, hooks.reload);
  const lastActed = events.findLast((e) => e.type === 'player.acted');
  const lastPause = events.findLast((e) => e.type === 'table.paused' || e.type === 'table.resumed');
  const input = {
    sessionId,
    state: applyPatches(record.state, []),
    version: record.version,
    resumeAfter: lastActed?.type === 'player.acted' ? lastActed.data.controller : null,
    paused: lastPause?.type === 'table.paused',
  };
  // With a snapshot, the machine restores from it and ignores the input.
  live.actor = createActor(machine, usable ? { input, snapshot: refreshed(snapshot.value), inspect: actorInspector() } : { input, inspect: actorInspector() });
  let lastValue = '';
  live.actor.subscribe((next) => {
    live.broadcast.status(statusOf(next));
    const value = `${String(next.value)}@${next.context.version}`;
    if (value === lastValue) return;
    lastValue = value;
    // Arriving somewhere new may call for a battle map.
    askForMap(options, sessionId, live);
    if (next.matches('awaitingAction')) {
      // Not from inside this callback: the actor holds what is sent to it here until the callback returns, so
      // its snapshot would still say awaitingAction after a command had moved it on, and every other queued
      // command, and the map, would be sent after it to a table no longer waiting, and lost.
      queueMicrotask(() => {
        flushCommands(live);
        layOutPendingMap(live);
        if (live.actor.getSnapshot().matches('awaitingAction')) hooks.pump();
      });
    }
  });
  live.actor.start();
  return live;
}
