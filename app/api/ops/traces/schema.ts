import { z } from 'zod';

/** The search's query string, in the names the ops page uses. */
export const traceQuery = z.object({
  session: z.string().min(1).max(200).optional(),
  agent: z.enum(['dm', 'player', 'generator', 'assistant', 'system']).optional(),
  type: z.enum(['request', 'response', 'event', 'update']).optional(),
  correlation: z.uuid('correlation must be a conversation id (UUID)').optional(),
  from: z.iso.datetime({ offset: true, error: 'from must be an ISO date-time' }).optional(),
  to: z.iso.datetime({ offset: true, error: 'to must be an ISO date-time' }).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
});
