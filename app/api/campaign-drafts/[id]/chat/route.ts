import { createUIMessageStreamResponse } from 'ai';
import { replyToDraft } from '@/lib/campaigns/draft-reply';
import { draftRequest } from '@/lib/http/draft-request';
import { rateLimit } from '@/lib/http/rate-limit';
import { readJson } from '@/lib/http/read-json';
import { respond } from '@/lib/http/respond';
import { chatBody } from './schema';

/** One reply of the Campaign Assistant, streamed to the chat as it is written. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return respond(request, async () => {
    const { runtime, record } = await draftRequest(request, params);
    await rateLimit('chat', record.createdBy!);
    const { messages } = await readJson(request, chatBody, 256 * 1024);
    const stream = await replyToDraft(runtime, { record, messages });
    return createUIMessageStreamResponse({ stream });
  });
}
