import { createActor, type Snapshot } from 'xstate';
import { SESSION_MACHINE_VERSION, type sessionMachine } from '@/machines/session.machine';
import { remember, emptyMemory, type StoryMemory } from '@/lib/ai/context/story-memory';
import { getCampaignPlaces } from '@/lib/db/queries/campaigns';
import { getSessionById, listSessionEvents, listSessionRuleSystems } from '@/lib/db/queries/sessions';
import { getSessionLink } from '@/lib/db/queries/session-chain';
import { AppError } from '@/lib/errors';
import { applyPatches } from '@/lib/rules/patches';
import type { RulesState } from '@/lib/rules/state';
import { actorInspector } from '@/lib/agents/inspector';
import type { ActorSystemOf, LiveSession } from './live-session';
import { sharedPlaces } from './shared-places';
import { standInForOverdueTurn } from './overdue-turn';
import { saveAtRest, type SessionIo } from './session-io';
import { TableBroadcast } from './table-broadcast';
import { statusOf } from './table-view';

/**
 * A saved snapshot with the committed game state of its version put in: it is
 * saved without one, beside the state it was committed with.
 */
function withState(snapshot: unknown, state: RulesState): Snapshot<unknown> {
  const saved = snapshot as { context: object };
  return { ...saved, context: { ...saved.context, state } } as unknown as Snapshot<unknown>;
}

/**
 * Brings a session into this process from the database and starts its actor,
 * on the host's one session machine (see sessionMachineFor). `seat` tells the
 * host which table the new actor plays before it starts; `pump` is called when
 * the table waits for a person again and may take the next queued action.
 */
export async function loadLiveSession(
  options: SessionIo,
  sessionId: string,
  hooks: { machine: typeof sessionMachine; seat: (system: ActorSystemOf, live: LiveSession) => void; pump: () => void },
): Promise<LiveSession> {
  const { db, hub } = options;
  const record = await getSessionById(db, { id: sessionId });
  if (!record) throw new AppError('not_found', `There is no session "${sessionId}"`);
  const campaign = await getCampaignPlaces(db, { id: record.campaignId });
  const snapshot = record.snapshot;
  // The snapshot is used only if it belongs to the latest committed version and to this machine; otherwise
  // the table is rebuilt from the committed state and its log (a newer machine, or a table not committed to since it opened).
  const usable = snapshot && snapshot.version === record.version && snapshot.machineVersion === SESSION_MACHINE_VERSION;
  const events = usable ? [] : await listSessionEvents(db, { sessionId });
  const live = {
    memory: usable ? (snapshot.memory as StoryMemory) : events.reduce(remember, emptyMemory),
    chronicleId: (await getSessionLink(db, sessionId))?.chronicleId ?? sessionId,
    chronicling: Promise.resolve(),
    locations: campaign ? sharedPlaces(campaign.id, campaign.locations) : [],
    ruleSystemIds: await listSessionRuleSystems(db, { sessionId }),
    lastUsed: Date.now(),
    broadcast: new TableBroadcast(hub, sessionId),
    waiting: new Map(),
    saved: { version: usable ? record.version : -1, resting: usable && (snapshot.value as { value?: unknown }).value === 'awaitingAction', write: Promise.resolve() },
    stale: false,
  } as LiveSession;
  const { machine } = hooks;
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
  live.actor = createActor(machine, usable ? { input, snapshot: withState(snapshot.value, input.state), inspect: actorInspector() } : { input, inspect: actorInspector() });
  hooks.seat(live.actor.system, live);
  let wasWaiting = false;
  live.actor.subscribe((next) => {
    live.broadcast.status(statusOf(next));
    const waiting = next.matches('awaitingAction');
    if (waiting && !wasWaiting) {
      saveAtRest(db, sessionId, live, machine);
      hooks.pump();
    }
    wasWaiting = waiting;
  });
  live.actor.on('command.settled', ({ command, outcome }) => {
    live.waiting.get(command)?.(outcome);
    live.waiting.delete(command);
  });
  live.actor.on('turn.overdue', ({ characterId }) => {
    standInForOverdueTurn(db, sessionId, live.actor, characterId).catch((error: unknown) =>
      console.error(`[session ${sessionId}] could not have an AI player stand in for ${characterId}:`, error),
    );
  });
  live.actor.start();
  return live;
}
