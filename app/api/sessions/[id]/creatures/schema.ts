import { z } from 'zod';
import { MAX_PLACED } from '@/lib/rules/gm-placement';

/** A game master placing SRD monsters: which, how many, and whose side. */
export const placeBody = z.strictObject({
  monster: z.string({ error: 'Name the monster to place' }).trim().min(1, 'Name the monster to place').max(80, 'Keep the name under 80 characters'),
  count: z
    .number({ error: 'Say how many' })
    .int('Place whole creatures')
    .min(1, 'Place at least one')
    .max(MAX_PLACED, `Place at most ${MAX_PLACED} at a time`)
    .default(1),
  hostile: z.boolean({ error: 'Say whether they are hostile (true or false)' }).default(true),
});

/** A look-up of SRD monster names as the game master types one. */
export const suggestQuery = z.object({ q: z.string().trim().max(80, 'Keep the name under 80 characters').default('') });
