import type { LanguageModel } from 'ai';
import { createActor, fromPromise } from 'xstate';
import { dmMachine } from '@/machines/dm.machine';
import { AgentError, type MessageBus, type Unsubscribe } from '@/lib/bus';
import { narrateTurn } from '@/lib/ai/narrate-turn';
import type { RuleFindings } from '@/lib/rules/reference';
import { agentActions, resolveActionParams } from './contracts';
import { parseParams } from './parse-params';
import { actorInspector } from './inspector';
import { runTracked } from './live-actors';

export type DmAgentOptions = {
  bus: MessageBus;
  model: LanguageModel;
  attemptTimeoutMs: number;
  maxAttempts?: number;
  backoffMs?: number;
  /** Searches imported rulebooks; a DM without the database looks rules up in the built-in reference only. */
  searchRulebooks?: (query: string, ruleSystemIds: string[]) => Promise<RuleFindings>;
  /** Requests this process resolves at once. */
  concurrency?: number;
};

/** The narration update the DM streams while it resolves an action. */
export type NarrationDelta = { turnId: string; characterId: string; attempt: number; delta: string };

/** Hosts the DM machine on the bus: one machine per resolve_action request. */
export function startDmAgent(options: DmAgentOptions): Promise<Unsubscribe> {
  return options.bus.subscribe('dm', async (message, context) => {
    if (message.messageType !== 'request' || message.payload.action !== agentActions.resolveAction) {
      throw new AgentError('unsupported', `The DM answers only ${agentActions.resolveAction} requests`);
    }
    const request = parseParams(resolveActionParams, message.payload.parameters);
    const machine = dmMachine.provide({
      actors: {
        narrate: fromPromise(({ input, signal }) =>
          narrateTurn({
            request,
            model: options.model,
            abortSignal: signal,
            searchRulebooks:
              options.searchRulebooks && request.ruleSystemIds.length > 0
                ? (query) => options.searchRulebooks!(query, request.ruleSystemIds)
                : undefined,
            onDelta: (delta) => {
              const update: NarrationDelta = { turnId: request.turnId, characterId: request.characterId, attempt: input.attempt, delta };
              void context.update('narration.delta', update);
            },
          }),
        ),
      },
    });
    const actor = createActor(machine, {
      input: {
        maxAttempts: options.maxAttempts ?? 3,
        attemptTimeoutMs: options.attemptTimeoutMs,
        backoffMs: options.backoffMs ?? 250,
      },
      inspect: actorInspector(),
    });
    actor.start();
    const output = await runTracked('dm', message.sessionId, actor);
    if (!output.ok) throw new AgentError('dm_failed', `${output.error} (after ${output.attempts} tries)`);
    return output.outcome;
  }, { concurrency: options.concurrency });
}
