import 'server-only';
import type { UIMessageChunk } from 'ai';
import { unreadableConversation } from '@/lib/agents/assistant-agent';
import { agentActions } from '@/lib/agents/contracts';
import { readConversation } from '@/lib/ai/conversation';
import type { MessageBus } from '@/lib/bus';
import { getConfig } from '@/lib/config';
import { saveDraft, type DraftRecord } from '@/lib/db/queries/campaign-drafts';
import type { Database } from '@/lib/db/types';
import { AppError } from '@/lib/errors';
import { createRequest } from '@/lib/messages';
import { assistantChatStream } from './draft-reply-stream';

/**
 * One reply of the Campaign Assistant to the conversation so far, asked for
 * over the bus and streamed as AI SDK UI message chunks; the draft is saved
 * each time the assistant changes it, and the conversation when the reply ends.
 */
export async function replyToDraft(
  { db, bus }: { db: Database; bus: MessageBus },
  { record, messages }: { record: DraftRecord; messages: unknown[] },
): Promise<ReadableStream<UIMessageChunk>> {
  const id = record.id;
  if (record.campaignId) throw new AppError('conflict', 'This draft was already saved as a campaign');
  if (!(await readConversation(messages))) throw new AppError('bad_request', unreadableConversation);

  // Saves run one after another, so an older draft never overwrites a newer one.
  let saving = Promise.resolve();
  const save = (change: Parameters<typeof saveDraft>[1]) => {
    saving = saving.then(() => saveDraft(db, change)).catch((error: unknown) => console.error(`[draft ${id}] not saved:`, error));
    return saving;
  };
  const ask = createRequest({
    fromAgent: 'system',
    toAgent: 'assistant',
    sessionId: `draft:${id}`,
    // The assistant may try twice before it gives up.
    timeout: getConfig().agentTimeoutMs * 2 + 1_000,
    action: agentActions.replyToGm,
    parameters: { draftId: id, draft: record.draft, messages },
  });
  return assistantChatStream({
    bus,
    ask,
    label: `draft ${id}`,
    onDraft: (draft) => void save({ id, draft }),
    onReply: (reply) => save({ id, ...reply }),
  });
}
