import { z } from 'zod';

/** A question put to one rulebook, as a player would ask it at the table. */
export const askQuery = z.object({
  q: z
    .string({ error: 'Ask a question (q)' })
    .trim()
    .min(3, 'Ask a question of at least three letters')
    .max(300, 'Keep the question under 300 characters'),
});
