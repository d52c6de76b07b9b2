import { z } from 'zod';
import { locationSchema } from '@/lib/campaigns/campaign';
import { campaignDraftSchema } from '@/lib/campaigns/draft';
import { agentUsageSchema } from '@/lib/rules/session-log';
import { gameStateSchema } from '@/lib/rules/state';

/** Bus actions the agents answer, with the parameters each one takes. */
export const agentActions = {
  resolveAction: 'resolve_action',
  decideAction: 'decide_action',
  replyToGm: 'reply_to_gm',
} as const;

const memorySchema = z.object({ facts: z.array(z.string()).max(50), recent: z.array(z.string()).max(50) });

export const resolveActionParams = z.object({
  turnId: z.string().min(1),
  characterId: z.string().min(1),
  controller: z.enum(['human', 'ai', 'dm']),
  action: z.string().min(1).max(2000),
  state: gameStateSchema,
  memory: memorySchema,
  seed: z.number().int().nonnegative(),
  locations: z.array(locationSchema).max(100),
  /** The rulebooks imported for this table, which the DM may look rules up in. */
  ruleSystemIds: z.array(z.uuid()).max(20).default([]),
});

export const decideActionParams = z.object({
  characterId: z.string().min(1),
  state: gameStateSchema,
  memory: memorySchema,
  seed: z.number().int().nonnegative(),
});

export const decidedActionSchema = z.object({ action: z.string().min(1), fallback: z.boolean(), usage: agentUsageSchema.nullable() });

/** A chat conversation as the AI SDK's chat hook sends it; the parts are checked when converted for the model. */
export const uiMessagesSchema = z
  .array(z.looseObject({ id: z.string(), role: z.enum(['user', 'assistant', 'system']), parts: z.array(z.looseObject({ type: z.string() })) }))
  .min(1, 'Send at least one message')
  .max(200, 'This conversation is too long; start a new draft');

export const replyToGmParams = z.object({
  draftId: z.uuid(),
  draft: campaignDraftSchema,
  messages: uiMessagesSchema,
});

export const assistantReplySchema = z.object({ draft: campaignDraftSchema, messages: z.array(z.looseObject({ id: z.string() })) });
