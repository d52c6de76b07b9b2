import { z } from 'zod';

export const tableBody = z.object({
  action: z.enum(['pause', 'resume'], { error: 'Say "pause" or "resume"' }),
  reason: z.string().trim().max(200, 'Keep the reason under 200 characters').default(''),
});
