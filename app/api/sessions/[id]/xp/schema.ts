import { z } from 'zod';
import { MAX_MILESTONE_XP } from '@/lib/rules/advancement/xp-awards';

/** A game master's milestone award: to whom, how much (bounded), and why. */
export const xpBody = z.strictObject({
  characterIds: z.union([z.literal('party'), z.array(z.string().min(1).max(64)).min(1, 'Name at least one character').max(8)], {
    error: 'Say who gains the XP: "party", or a list of character ids',
  }),
  amount: z
    .number({ error: 'Say how much XP each gains' })
    .int('XP comes in whole points')
    .min(1, 'A milestone gives at least 1 XP')
    .max(MAX_MILESTONE_XP, `A milestone gives at most ${MAX_MILESTONE_XP} XP`),
  reason: z.string({ error: 'Say why they earned it' }).trim().min(3, 'Say why they earned it').max(200, 'Keep the reason under 200 characters'),
});
