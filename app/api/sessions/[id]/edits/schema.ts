import { z } from 'zod';
import { gmEditPatchSchema } from '@/lib/rules/patches';

export const editBody = z.object({
  reason: z.string({ error: 'Say why you change the game' }).trim().min(3, 'Say why you change the game').max(200),
  patches: z.array(gmEditPatchSchema).min(1, 'Send at least one change').max(20),
});
