import { z } from 'zod';

export const seatBody = z.object({
  characterId: z.string({ error: 'Say which character' }).min(1, 'Say which character').max(64, 'No character has an id that long'),
  to: z.enum(['me', 'ai'], { error: 'Say who plays the character: "me" or "ai"' }),
});
