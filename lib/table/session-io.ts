import { fromPromise } from 'xstate';
import { sessionMachine } from '@/machines/session.machine';
import type { DecidedAction } from '@/machines/session/types';
import { recall, remember } from '@/lib/ai/context/story-memory';
import type { MessageBus } from '@/lib/bus';
import { commitSessionEvents, StaleVersionError } from '@/lib/db/queries/sessions';
import type { Database } from '@/lib/db/types';
import { createRequest } from '@/lib/messages';
import type { ModelMetrics } from '@/lib/ops/model-metrics';
import type { LiveHub } from '@/lib/realtime/hub';
import { nextRollSeed } from '@/lib/rules/dice-key';
import { publicEvent, publicState } from '@/lib/rules/public-state';
import { turnOutcomeSchema } from '@/lib/rules/session-log';
import { agentActions, decidedActionSchema } from '@/lib/agents/contracts';
import type { LiveSession } from './live-session';
import { narrationRelay } from './narration-relay';

export type SessionIo = {
  db: Database;
  bus: MessageBus;
  hub: LiveHub;
  agentTimeoutMs: number;
  modelMetrics?: ModelMetrics;
};

/**
 * The session machine with the table's I/O: the agents asked over the bus,
 * turns committed to the database and broadcast on the live hub. `reload` is
 * called when another process committed first and this copy of the table is stale.
 */
export function sessionMachineFor(io: SessionIo, sessionId: string, live: LiveSession, reload: () => void) {
  const { db, bus, hub, agentTimeoutMs } = io;
  const ask = (toAgent: 'dm' | 'player', action: string, parameters: Record<string, unknown>) =>
    createRequest({ fromAgent: 'system', toAgent, sessionId, timeout: agentTimeoutMs, action, parameters });
  return sessionMachine.provide({
    actors: {
      resolveAction: fromPromise(async ({ input }) => {
        const request = ask('dm', agentActions.resolveAction, {
          ...input,
          memory: recall(live.memory),
          seed: nextRollSeed(input.state),
          locations: live.locations,
          ruleSystemIds: live.ruleSystemIds,
        });
        const response = await bus.request(request, { onUpdate: narrationRelay((event) => hub.publish(sessionId, event)) });
        if (!response.payload.success) throw new Error(response.payload.error.message);
        return turnOutcomeSchema.parse(response.payload.data);
      }),
      decideActions: fromPromise(async ({ input }) =>
        Promise.all(
          input.characterIds.map(async (characterId, i): Promise<DecidedAction> => {
            const request = ask('player', agentActions.decideAction, {
              characterId,
              state: input.state,
              memory: recall(live.memory, characterId),
              seed: nextRollSeed(input.state, i + 1),
            });
            const response = await bus.request(request);
            if (!response.payload.success) throw new Error(response.payload.error.message);
            const decided = decidedActionSchema.parse(response.payload.data);
            return { characterId, text: decided.action, usage: decided.usage };
          }),
        ),
      ),
      commitTurn: fromPromise(async ({ input }) => {
        let committed;
        try {
          committed = await commitSessionEvents(db, { sessionId, ...input });
        } catch (error) {
          // Another process committed this turn (or another) first: this copy of the table is out of date.
          if (error instanceof StaleVersionError) {
            live.stale = true;
            // Reload from the database at once, and carry on with whatever is still queued.
            queueMicrotask(reload);
          }
          throw error;
        }
        live.memory = committed.events.reduce(remember, live.memory);
        io.modelMetrics?.recordEvents(input.events);

        for (const event of committed.events) hub.publish(sessionId, { kind: 'log', event: publicEvent(event) });
        hub.publish(sessionId, { kind: 'state', state: publicState(input.state), version: committed.version });
        return { version: committed.version };
      }),
    },
  });
}
