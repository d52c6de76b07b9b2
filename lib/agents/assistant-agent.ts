import type { LanguageModel, UIMessage } from 'ai';
import { createActor, fromPromise } from 'xstate';
import { assistantMachine } from '@/machines/assistant.machine';
import { AgentError, type MessageBus, type Unsubscribe } from '@/lib/bus';
import { assistantTurn } from '@/lib/ai/assistant-turn';
import { readConversation } from '@/lib/ai/conversation';
import type { VisualKind } from '@/lib/ai/tools/request-visuals';
import type { CampaignDraft } from '@/lib/campaigns/draft';
import { agentActions, replyToGmParams } from './contracts';
import { parseParams } from './parse-params';
import { actorInspector } from './inspector';
import { runTracked } from './live-actors';

export type AssistantAgentOptions = {
  bus: MessageBus;
  model: LanguageModel;
  attemptTimeoutMs: number;
  maxAttempts?: number;
  backoffMs?: number;
  /** Has a picture of a draft drawn and stored; resolves with the stored picture's id. */
  draw: (request: { draftId: string; what: VisualKind; draft: CampaignDraft }) => Promise<string>;
  /** Replies this process writes at once. */
  concurrency?: number;
};

export const unreadableConversation = 'The messages are not a conversation the assistant can read';

/** Updates the assistant streams while it replies: the chat's UI message chunks, and the draft each time it changes. */
export const assistantUpdates = { chunk: 'ui.chunk', draft: 'draft.updated' } as const;

/**
 * Hosts the assistant machine on the bus: one machine per reply_to_gm
 * request. The reply streams back as AI SDK UI message chunks, so the
 * caller can pass them straight to the chat in the browser.
 */
export function startAssistantAgent(options: AssistantAgentOptions): Promise<Unsubscribe> {
  return options.bus.subscribe('assistant', async (message, context) => {
    if (message.messageType !== 'request' || message.payload.action !== agentActions.replyToGm) {
      throw new AgentError('unsupported', `The Campaign Assistant answers only ${agentActions.replyToGm} requests`);
    }
    const request = parseParams(replyToGmParams, message.payload.parameters);
    const conversation = request.messages as unknown as UIMessage[];
    const modelMessages = await readConversation(conversation);
    if (!modelMessages) throw new AgentError('invalid_request', unreadableConversation);
    let actor: ReturnType<typeof createActor<typeof assistantMachine>> | undefined;
    const reply = fromPromise<unknown, { attempt: number }>(async ({ signal }) => {
      const turn = assistantTurn({
        model: options.model,
        draft: request.draft,
        messages: modelMessages,
        abortSignal: signal,
        onDraft: (draft) => context.update(assistantUpdates.draft, draft),
        draw: (what, draft) => options.draw({ draftId: request.draftId, what, draft }),
      });
      let messages: UIMessage[] = conversation;
      let started = false;
      const chunks = turn.uiChunks(conversation, (all) => {
        messages = all;
      });
      // Opening chunks wait for the first real one, so a try that fails before
      // saying anything can be retried without the chat seeing it.
      const opening: unknown[] = [];
      const reader = chunks.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        const chunk = next.value;
        if (signal.aborted) throw signal.reason;
        if (!started && (chunk.type === 'start' || chunk.type === 'start-step')) {
          opening.push(chunk);
          continue;
        }
        if (chunk.type === 'error' && !started) throw new Error(chunk.errorText);
        if (!started) {
          started = true;
          actor?.send({ type: 'reply.started' });
          for (const early of opening.splice(0)) await context.update(assistantUpdates.chunk, early);
        }
        await context.update(assistantUpdates.chunk, chunk);
      }
      return { draft: turn.draft(), messages };
    });
    actor = createActor(assistantMachine.provide({ actors: { reply } }), {
      input: { maxAttempts: options.maxAttempts ?? 2, attemptTimeoutMs: options.attemptTimeoutMs, backoffMs: options.backoffMs ?? 250 },
      inspect: actorInspector(),
    });
    actor.start();
    const output = await runTracked('assistant', message.sessionId, actor);
    if (!output.ok) throw new AgentError('assistant_failed', `${output.error} (after ${output.attempts} tries)`);
    return output.reply;
  }, { concurrency: options.concurrency });
}
