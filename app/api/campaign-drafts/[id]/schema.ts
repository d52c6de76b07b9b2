import { z } from 'zod';
import { uiMessagesSchema } from '@/lib/agents/contracts';
import { campaignDraftSchema } from '@/lib/campaigns/draft';

/** What the chat hook sends: the conversation so far. */
export const chatBody = z.object({ messages: uiMessagesSchema });

export const draftEdit = z.object({ draft: campaignDraftSchema });
