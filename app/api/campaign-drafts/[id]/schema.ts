import { z } from 'zod';
import { campaignDraftSchema } from '@/lib/campaigns/draft';

/** What the chat hook sends: the conversation so far. Parts are checked by the AI SDK when converted. */
export const chatBody = z.object({
  messages: z
    .array(z.looseObject({ id: z.string(), role: z.enum(['user', 'assistant', 'system']), parts: z.array(z.looseObject({ type: z.string() })) }))
    .min(1, 'Send at least one message')
    .max(200, 'This conversation is too long; start a new draft'),
});

export const draftEdit = z.object({ draft: campaignDraftSchema });
