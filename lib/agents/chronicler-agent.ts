import { createActor, fromPromise } from 'xstate';
import { chroniclerMachine } from '@/machines/chronicler.machine';
import { AgentError, type MessageBus, type Unsubscribe } from '@/lib/bus';
import { chronicleSession, type ChronicleDeps } from '@/lib/memory/chronicle';
import { recallContext } from '@/lib/memory/recall';
import type { SessionEvent } from '@/lib/rules/session-log';
import { agentActions, chronicleParams, recallParams } from './contracts';
import { parseParams } from './parse-params';
import { actorInspector } from './inspector';
import { runTracked } from './live-actors';

export type ChroniclerAgentOptions = {
  bus: MessageBus;
  storage: ChronicleDeps;
  timeoutMs: number;
  maxAttempts?: number;
  backoffMs?: number;
  concurrency?: number;
};

/**
 * Hosts the Chronicler on the bus: the campaign's archivist. It reads each
 * session's committed log into the campaign's register of facts and its
 * summaries (`chronicle`), and answers what bears on an action, for the DM
 * or for one party member (`recall`).
 */
export function startChroniclerAgent(options: ChroniclerAgentOptions): Promise<Unsubscribe> {
  return options.bus.subscribe('chronicler', async (message) => {
    if (message.messageType !== 'request') throw new AgentError('unsupported', 'The Chronicler answers only requests');
    const { action, parameters } = message.payload;
    let work: () => Promise<unknown>;
    if (action === agentActions.chronicle) {
      const request = parseParams(chronicleParams, parameters);
      const given = request.events as SessionEvent[] | undefined;
      work = () => chronicleSession(options.storage, request.sessionId, { endOfSession: request.endOfSession, given, party: request.party });
    } else if (action === agentActions.recall) {
      const request = parseParams(recallParams, parameters);
      work = async () => ({ blocks: await recallContext(options.storage, request) });
    } else {
      throw new AgentError('unsupported', `The Chronicler answers only ${agentActions.chronicle} and ${agentActions.recall} requests`);
    }
    const machine = chroniclerMachine.provide({ actors: { work: fromPromise(() => work()) } });
    const actor = createActor(machine, {
      input: { timeoutMs: options.timeoutMs, maxAttempts: options.maxAttempts ?? 3, backoffMs: options.backoffMs ?? 100 },
      inspect: actorInspector(),
    });
    actor.start();
    const output = await runTracked('chronicler', message.sessionId, actor);
    if (!output.ok) throw new AgentError('chronicler_failed', `${output.error} (after ${output.attempts} tries)`);
    return output.result;
  }, { concurrency: options.concurrency });
}
