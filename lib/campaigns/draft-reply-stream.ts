import type { UIMessage, UIMessageChunk } from 'ai';
import type { MessageBus } from '@/lib/bus';
import { campaignDraftSchema, type CampaignDraft } from './draft';
import type { RequestMessage } from '@/lib/messages';
import { assistantUpdates } from '@/lib/agents/assistant-agent';
import { assistantReplySchema } from '@/lib/agents/contracts';

export type AssistantChatStreamOptions = {
  bus: MessageBus;
  /** The reply_to_gm request to the Campaign Assistant. */
  ask: RequestMessage;
  /** Each change the assistant makes to the draft, as it makes it. */
  onDraft(draft: CampaignDraft): void;
  /** The finished reply: the draft and the whole conversation. */
  onReply(reply: { draft: CampaignDraft; messages: UIMessage[] }): Promise<void>;
  /** Names the draft in the log. */
  label: string;
};

/**
 * Passes on the chunks of the newest attempt at the reply. An attempt reaches
 * the chat as one step, its own steps folded in, so that when a newer attempt
 * starts over (a retry, or a redelivery while the first still runs) one
 * `reset-step` takes back everything the older one said.
 */
function attemptFollower(send: (chunk: UIMessageChunk) => void) {
  let attempt = -1;
  let opened = false;
  const open = (start: UIMessageChunk) => {
    opened = true;
    send(start);
    send({ type: 'start-step' });
  };
  return (retryCount: number, chunk: UIMessageChunk) => {
    if (retryCount > attempt) {
      if (opened) send({ type: 'reset-step' });
      attempt = retryCount;
    }
    if (chunk.type === 'start-step' || chunk.type === 'finish-step') return;
    if (chunk.type === 'start') return opened ? undefined : open(chunk);
    if (!opened) open({ type: 'start' });
    if (chunk.type === 'finish') send({ type: 'finish-step' });
    send(chunk);
  };
}

/**
 * One reply of the Campaign Assistant, asked for over the bus, as the UI
 * message chunks the chat in the browser reads: the newest attempt's alone.
 */
export function assistantChatStream(options: AssistantChatStreamOptions): ReadableStream<UIMessageChunk> {
  const { bus, ask, label } = options;
  // The browser may leave mid-reply (a reload, a closed tab); the reply still finishes and the draft is still saved.
  let listening = true;
  return new ReadableStream<UIMessageChunk>({
    cancel() {
      listening = false;
    },
    start(controller) {
      const send = (chunk: UIMessageChunk) => {
        if (listening) controller.enqueue(chunk);
      };
      const follow = attemptFollower(send);
      bus
        .request(ask, {
          onUpdate: (update) => {
            if (update.payload.eventType === assistantUpdates.chunk) follow(update.metadata.retryCount, update.payload.data as UIMessageChunk);
            if (update.payload.eventType === assistantUpdates.draft) {
              const draft = campaignDraftSchema.safeParse(update.payload.data);
              if (draft.success) options.onDraft(draft.data);
            }
          },
        })
        .then(async (response) => {
          if (!response.payload.success) throw new Error(response.payload.error.message);
          const reply = assistantReplySchema.parse(response.payload.data);
          await options.onReply({ draft: reply.draft, messages: reply.messages as unknown as UIMessage[] });
        })
        .catch((error: unknown) => {
          console.warn(`[${label}] the assistant did not reply:`, (error as Error).message);
          send({ type: 'error', errorText: 'The Campaign Assistant could not answer just now. Please try again.' });
        })
        .finally(() => {
          if (listening) controller.close();
        });
    },
  });
}
