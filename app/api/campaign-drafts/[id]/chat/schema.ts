import { z } from 'zod';
import { uiMessagesSchema } from '@/lib/agents/contracts';

/** What the chat hook sends: the conversation so far. */
export const chatBody = z.object({ messages: uiMessagesSchema });
