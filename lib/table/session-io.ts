import { fromPromise, transition } from 'xstate';
import { COMMIT_ACTOR_ID, SESSION_MACHINE_VERSION, sessionMachine } from '@/machines/session.machine';
import type { DecidedAction } from '@/machines/session/types';
import { remember, saidBy } from '@/lib/ai/context/story-memory';
import type { AssetStores } from '@/lib/assets/store';
import { waysOnFrom } from '@/lib/campaigns/arrival';
import type { MessageBus } from '@/lib/bus';
import { commitSessionEvents } from '@/lib/db/queries/session-commit';
import { saveSnapshot, StaleVersionError } from '@/lib/db/queries/sessions';
import type { Database } from '@/lib/db/types';
import { createRequest } from '@/lib/messages';
import type { ModelMetrics } from '@/lib/ops/model-metrics';
import type { LiveHub } from '@/lib/realtime/hub';
import { nextRollSeed } from '@/lib/rules/dice-key';
import { turnOutcomeSchema, type SessionEvent } from '@/lib/rules/session-log';
import { agentActions, decidedActionSchema } from '@/lib/agents/contracts';
import { battleMapRequest } from './battle-map-request';
import { campaignRecall, chronicleCommit } from './campaign-recall';
import type { LiveSession, SessionActor, TableOf } from './live-session';

export type SessionIo = {
  db: Database;
  bus: MessageBus;
  hub: LiveHub;
  agentTimeoutMs: number;
  /** How long a person's fight turn may wait before an AI player stands in. */
  turnTimeoutMs: number;
  /** Where paintings of battle maps are kept, when a model makes them. */
  assets?: AssetStores;
  /** Counts the models' tokens and latency of every committed turn. */
  modelMetrics?: ModelMetrics;
  /** Tokens the story's memory may take in a prompt. */
  memoryBudgetTokens: number;
};

/**
 * The actor's persisted snapshot as it will be once the commit under way
 * lands at `version`, worked out without running anything: it is written in
 * the commit's own transaction, so a restart resumes exactly where the log ends.
 */
function snapshotAfterCommit(machine: typeof sessionMachine, actor: SessionActor, version: number) {
  // The commit's done event is the machine's own, not one the table's events name.
  const landed = { type: `xstate.done.actor.${COMMIT_ACTOR_ID}`, output: { version } } as unknown as Parameters<SessionActor['send']>[0];
  const [next] = transition(machine, actor.getSnapshot(), landed);
  return { value: persisted(machine, next), resting: next.matches('awaitingAction') };
}

/** A snapshot to store: without the game state, which is the session's own column, rather than keep (and walk) the table twice. */
function persisted(machine: typeof sessionMachine, snapshot: ReturnType<SessionActor['getSnapshot']>): unknown {
  return machine.getPersistedSnapshot({ ...snapshot, context: { ...snapshot.context, state: null } } as unknown as typeof snapshot);
}

/**
 * A table that comes to rest without a commit (the AI players could not
 * decide, or it was rebuilt from its log) stores its snapshot for the version
 * it is at, so other instances see it waiting; after a commit, the commit's
 * own snapshot says so already.
 */
export function saveAtRest(db: Database, sessionId: string, live: LiveSession, machine: typeof sessionMachine): void {
  const snapshot = live.actor.getSnapshot();
  const version = snapshot.context.version;
  if (live.saved.version === version && live.saved.resting) return;
  const value = persisted(machine, snapshot);
  const write = live.saved.write
    .then(() => saveSnapshot(db, { sessionId, version, machineVersion: SESSION_MACHINE_VERSION, snapshot: value, memory: live.memory }))
    .catch((error: unknown) => console.error(`[session ${sessionId}] could not save its snapshot:`, error));
  live.saved = { version, resting: true, write };
}

/**
 * The session machine with the tables' I/O: the agents and the generator
 * asked over the bus, turns committed to the database with the actor's
 * snapshot. One per host rather than per table: each provided machine builds
 * its own tree of state nodes, about 19 KiB, which every idle table held.
 * `reload` is called when another process committed first and a table's
 * copy is stale.
 */
export function sessionMachineFor(io: SessionIo, tableOf: TableOf, reload: (sessionId: string) => void) {
  const { db, bus, agentTimeoutMs } = io;
  const ask = (sessionId: string, toAgent: 'dm' | 'player', action: string, parameters: Record<string, unknown>) =>
    createRequest({ fromAgent: 'system', toAgent, sessionId, timeout: agentTimeoutMs, action, parameters });
  const machine: typeof sessionMachine = sessionMachine.provide({
    delays: { turnTimeout: io.turnTimeoutMs },
    actors: {
      requestMap: battleMapRequest(io, tableOf),
      resolveAction: fromPromise(async ({ input, system }) => {
        const { sessionId, live } = tableOf(system);
        const memory = await campaignRecall(io, sessionId, live, { state: input.state, action: input.action, turnId: input.turnId });
        const request = ask(sessionId, 'dm', agentActions.resolveAction, {
          ...input,
          memory,
          seed: nextRollSeed(input.state),
          locations: live.locations,
          ruleSystemIds: live.ruleSystemIds,
        });
        const response = await bus.request(request, { onUpdate: live.broadcast.narration() });
        if (!response.payload.success) throw new Error(response.payload.error.message);
        // The context inspector: which blocks the DM was sent and why, never their lines (a fact may be the DM's secret).
        const context = memory.blocks.map(({ id, title, tokens, why, lines, dropped }) => ({ id, title, tokens, why, lines: lines.length, dropped }));
        return { ...turnOutcomeSchema.parse(response.payload.data), context };
      }),
      decideActions: fromPromise(async ({ input, system }) => {
        const { sessionId, live } = tableOf(system);
        return Promise.all(
          input.characterIds.map(async (characterId, i): Promise<DecidedAction> => {
            const memory = await campaignRecall(io, sessionId, live, { state: input.state, action: 'what to do next', characterId });
            const request = ask(sessionId, 'player', agentActions.decideAction, {
              characterId,
              state: input.state,
              memory,
              seed: nextRollSeed(input.state, i + 1),
              said: saidBy(live.memory, characterId),
              waysOn: waysOnFrom(live.locations, input.state.scene.locationId),
            });
            const response = await bus.request(request);
            if (!response.payload.success) throw new Error(response.payload.error.message);
            const decided = decidedActionSchema.parse(response.payload.data);
            return { characterId, text: decided.action, usage: decided.usage };
          }),
        );
      }),
      commitTurn: fromPromise(async ({ input, system }) => {
        const { sessionId, live } = tableOf(system);
        // The story's memory reads only what happened, not where it sits in the log.
        const memory = input.events.reduce((known, event) => remember(known, event as SessionEvent), live.memory);
        const after = snapshotAfterCommit(machine, live.actor, input.expectedVersion + 1);
        const snapshot = { value: after.value, machineVersion: SESSION_MACHINE_VERSION, memory };
        let committed;
        try {
          committed = await commitSessionEvents(db, { sessionId, ...input, snapshot });
        } catch (error) {
          // Another process committed this turn (or another) first: this copy of the table is out of date.
          if (error instanceof StaleVersionError) {
            live.stale = true;
            // Reload from the database at once, and carry on with whatever is still queued.
            queueMicrotask(() => reload(sessionId));
          }
          throw error;
        }
        live.memory = memory;
        if (input.ruleSystems) live.ruleSystemIds = input.ruleSystems;
        live.saved = { version: committed.version, resting: after.resting, write: live.saved.write };
        io.modelMetrics?.recordEvents(input.events);
        live.broadcast.committed(committed.events, input.state, committed.version);
        chronicleCommit(io, sessionId, live, { events: committed.events, party: input.state.party.map((c) => c.name) });
        return { version: committed.version };
      }),
    },
  });
  return machine;
}
