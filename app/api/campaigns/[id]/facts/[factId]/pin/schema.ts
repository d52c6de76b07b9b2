import { z } from 'zod';

export const pinBody = z.object({
  pinned: z.boolean({ error: 'Say whether the DM should remember this fact: pinned true or false' }),
});
