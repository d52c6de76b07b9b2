import { convertToModelMessages, createUIMessageStreamResponse, toUIMessageStream, type UIMessage } from 'ai';
import { getRuntime } from '@/lib/agents/get-runtime';
import { drawForDraft } from '@/lib/agents/draft-visuals';
import { assistantTurn } from '@/lib/ai/assistant-turn';
import { modelFor } from '@/lib/ai/models';
import { getConfig } from '@/lib/config';
import { getDraftById, saveDraft } from '@/lib/db/queries/campaign-drafts';
import { AppError } from '@/lib/errors';
import { parseId } from '@/lib/http/session-id';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { chatBody } from '../schema';

/** One reply of the Campaign Assistant, streamed as AI SDK UI messages; the draft and conversation are saved when it ends. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(async () => {
    const id = parseId((await params).id, 'campaign draft');
    const { messages } = await readJson(request, chatBody, 256 * 1024);
    const { db, bus } = await getRuntime();
    const record = await getDraftById(db, { id });
    if (!record) throw new AppError('not_found', `There is no campaign draft "${id}"`);
    if (record.campaignId) throw new AppError('conflict', 'This draft was already saved as a campaign');
    let modelMessages;
    try {
      modelMessages = await convertToModelMessages(messages as unknown as UIMessage[]);
    } catch {
      throw new AppError('bad_request', 'The messages are not a conversation the assistant can read');
    }
    const turn = assistantTurn({
      model: modelFor('assistant', getConfig().model),
      draft: record.draft,
      messages: modelMessages,
      onDraft: (draft) => saveDraft(db, { id, draft }),
      draw: (what, draft) => drawForDraft({ db, bus, dataDir: getConfig().dataDir, draftId: id, what, draft }),
    });
    const stream = toUIMessageStream({
      stream: turn.result.stream,
      originalMessages: messages as unknown as UIMessage[],
      onEnd: async ({ messages: all }) => {
        await saveDraft(db, { id, draft: turn.draft(), messages: all });
      },
    });
    return createUIMessageStreamResponse({ stream });
  });
}
