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
  chronicle: 'chronicle',
  recall: 'recall',
} as const;

/** One block of a prompt's memory, as the Chronicler recalled it (lib/memory/types.ts). */
export const contextBlockSchema = z.object({
  id: z.enum(['pinned', 'summaries', 'facts', 'recent']),
  title: z.string().max(200),
  lines: z.array(z.string().max(1200)).max(100),
  tokens: z.number().int().nonnegative(),
  why: z.string().max(300),
  dropped: z.number().int().nonnegative(),
});

const memorySchema = z.object({ blocks: z.array(contextBlockSchema).max(8) });

export const chronicleParams = z.object({
  sessionId: z.uuid(),
  endOfSession: z.boolean().default(false),
  /** The entries just committed, so the log need not be read back; the Chronicler reads it when these leave a gap. */
  events: z.array(z.looseObject({ seq: z.number().int().positive(), type: z.string(), data: z.unknown(), createdAt: z.string() })).max(200).optional(),
  /** The party's names, whose doings are the log itself rather than facts about the world. */
  party: z.array(z.string().max(80)).max(8).optional(),
});

export const recallParams = z.object({
  /** The turn this prompt is for, so the turn's trace opens with its recall. */
  turnId: z.string().min(1).max(200).optional(),
  chronicleId: z.uuid(),
  sessionId: z.uuid(),
  reader: z.discriminatedUnion('kind', [z.object({ kind: z.literal('dm') }), z.object({ kind: z.literal('character'), characterId: z.string().min(1).max(64) })]),
  action: z.string().max(2000),
  place: z.string().max(200),
  recent: z.array(z.string().max(1200)).max(50),
  budgetTokens: z.number().int().min(100).max(100_000),
});

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
  /** The character's own latest lines, oldest first, so it says something new. */
  said: z.array(z.string().max(1200)).max(50).default([]),
  /** Where the party can go from here. */
  waysOn: z.array(z.object({ locationId: z.string().min(1).max(200), title: z.string().max(200) })).max(20).default([]),
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
