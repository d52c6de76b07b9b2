import { z } from 'zod';

export const correctBody = z.object({
  subject: z.string().trim().min(1, 'Say who or what the fact is about').max(120, 'Keep the subject under 120 characters'),
  text: z.string().trim().min(1, 'Write the fact as it should read').max(600, 'Keep the fact under 600 characters'),
});
