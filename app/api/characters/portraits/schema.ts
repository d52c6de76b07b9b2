import { z } from 'zod';

export const portraitBody = z.object({
  name: z.string({ error: 'Name the character to draw' }).trim().min(1, 'Name the character to draw').max(80),
  /** Another drawing of the same name: each number gives a different face. */
  variant: z.number().int().min(0).max(1_000_000).default(0),
});
