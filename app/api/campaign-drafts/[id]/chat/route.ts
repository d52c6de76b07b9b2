import { createUIMessageStreamResponse } from 'ai';
import { unreadableConversation } from '@/lib/agents/assistant-agent';
import { assistantChatStream } from '@/lib/campaigns/draft-reply-stream';
import { agentActions } from '@/lib/agents/contracts';
import { readConversation } from '@/lib/ai/conversation';
import { getConfig } from '@/lib/config';
import { saveDraft } from '@/lib/db/queries/campaign-drafts';
import { AppError } from '@/lib/errors';
import { draftRequest } from '@/lib/http/draft-request';
import { rateLimit } from '@/lib/http/rate-limit';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { createRequest } from '@/lib/messages';
import { chatBody } from '../schema';

/**
 * One reply of the Campaign Assistant, asked for over the bus and streamed to
 * the chat as AI SDK UI message chunks; the draft is saved each time the
 * assistant changes it, and the conversation when the reply ends.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const {
      runtime: { db, bus },
      record,
    } = await draftRequest(request, params);
    const id = record.id;
    await rateLimit('chat', record.createdBy!);
    const { messages } = await readJson(request, chatBody, 256 * 1024);
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
    const stream = assistantChatStream({
      bus,
      ask,
      label: `draft ${id}`,
      onDraft: (draft) => void save({ id, draft }),
      onReply: (reply) => save({ id, ...reply }),
    });
    return createUIMessageStreamResponse({ stream });
  });
}
