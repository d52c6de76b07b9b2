import { z } from 'zod';

export const createInviteBody = z.object({
  /** How many people it may seat: 1 for a single-use link, none for any number until it expires. */
  maxUses: z.number({ error: 'maxUses must be a number of people, or null for any number' }).int('maxUses must be a whole number').min(1).max(100).nullable().default(null),
});
