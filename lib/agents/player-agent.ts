import { generateText, type LanguageModel } from 'ai';
import { createActor, fromPromise, toPromise } from 'xstate';
import { playerMachine } from '@/machines/player.machine';
import { AgentError, type MessageBus, type Unsubscribe } from '@/lib/bus';
import { playerInstructions } from '@/lib/ai/prompts/player';
import { findCharacter } from '@/lib/rules/state';
import { agentActions, decideActionParams } from './contracts';
import { parseParams } from './parse-params';

export type PlayerAgentOptions = { bus: MessageBus; model: LanguageModel; decideTimeoutMs: number };

/** Hosts the player machine on the bus: one machine per decide_action request. */
export function startPlayerAgent(options: PlayerAgentOptions): Promise<Unsubscribe> {
  return options.bus.subscribe('player', async (message) => {
    if (message.messageType !== 'request' || message.payload.action !== agentActions.decideAction) {
      throw new AgentError('unsupported', `AI players answer only ${agentActions.decideAction} requests`);
    }
    const request = parseParams(decideActionParams, message.payload.parameters);
    const character = findCharacter(request.state, request.characterId);
    if (!character) throw new AgentError('invalid_request', `No character "${request.characterId}" at this table`);
    const machine = playerMachine.provide({
      actors: {
        decide: fromPromise(async ({ signal }) => {
          const { text } = await generateText({
            model: options.model,
            instructions: playerInstructions(request.state, character, request.recent),
            messages: [{ role: 'user', content: 'It is your turn. What do you do?' }],
            seed: request.seed,
            abortSignal: signal,
          });
          return text;
        }),
      },
    });
    const actor = createActor(machine, { input: { decideTimeoutMs: options.decideTimeoutMs } });
    actor.start();
    const output = await toPromise(actor);
    return { action: output.action, fallback: output.fallback };
  });
}
