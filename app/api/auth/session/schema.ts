import { z } from 'zod';

export const signInBody = z.object({
  name: z.string({ error: 'Choose a name' }).trim().min(1, 'Choose a name').max(40, 'Keep your name under 40 characters'),
  /** Hosted mode: the Supabase Auth access token of the browser's session. */
  accessToken: z.string().min(20).max(4000).optional(),
});
