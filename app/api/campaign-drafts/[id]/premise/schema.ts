import { z } from 'zod';

export const premiseRequest = z.object({
  premise: z.string().trim().min(8, 'Say it in a sentence: at least a few words').max(400, 'Keep the premise to one sentence (400 characters at most)'),
});
