import type { LanguageModel } from 'ai';
import { createActor, fromPromise } from 'xstate';
import { playerMachine } from '@/machines/player.machine';
import { AgentError, type MessageBus, type Unsubscribe } from '@/lib/bus';
import { decideAction } from '@/lib/ai/decide-action';
import type { AgentUsage } from '@/lib/rules/session-log';
import { isCharacter, findCombatant } from '@/lib/rules/state';
import { agentActions, decideActionParams } from './contracts';
import { parseParams } from './parse-params';
import { actorInspector } from './inspector';
import { runTracked } from './live-actors';

export type PlayerAgentOptions = {
  bus: MessageBus;
  model: LanguageModel;
  decideTimeoutMs: number;
  /** Decisions this process makes at once. */
  concurrency?: number;
};

/** Hosts the player machine on the bus: one machine per decide_action request. */
export function startPlayerAgent(options: PlayerAgentOptions): Promise<Unsubscribe> {
  return options.bus.subscribe('player', async (message) => {
    if (message.messageType !== 'request' || message.payload.action !== agentActions.decideAction) {
      throw new AgentError('unsupported', `AI players answer only ${agentActions.decideAction} requests`);
    }
    const request = parseParams(decideActionParams, message.payload.parameters);
    const character = findCombatant(request.state, request.characterId);
    if (!character || !isCharacter(character)) throw new AgentError('invalid_request', `No party member "${request.characterId}" at this table`);
    let usage: AgentUsage | null = null;
    const machine = playerMachine.provide({
      actors: {
        decide: fromPromise(async ({ signal }) => {
          const decision = await decideAction(
            options.model,
            { state: request.state, character, memory: request.memory, seed: request.seed, said: request.said, waysOn: request.waysOn },
            signal,
          );
          usage = decision.usage;
          return decision.action;
        }),
      },
    });
    const actor = createActor(machine, { input: { decideTimeoutMs: options.decideTimeoutMs }, inspect: actorInspector() });
    actor.start();
    const output = await runTracked('player', message.sessionId, actor);
    return { action: output.action, fallback: output.fallback, usage };
  }, { concurrency: options.concurrency });
}
