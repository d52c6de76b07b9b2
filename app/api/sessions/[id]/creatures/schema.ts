import { z } from 'zod';
import { MAX_PLACED } from '@/lib/rules/gm-placement';

/** A game master placing monsters: which (from the SRD, or from one of the table's rulebooks by its id), how many, and whose side. */
export const placeBody = z.strictObject({
  monster: z.string({ error: 'Name the monster to place' }).trim().min(1, 'Name the monster to place').max(80, 'Keep the name under 80 characters'),
  count: z
    .number({ error: 'Say how many' })
    .int('Place whole creatures')
    .min(1, 'Place at least one')
    .max(MAX_PLACED, `Place at most ${MAX_PLACED} at a time`)
    .default(1),
  hostile: z.boolean({ error: 'Say whether they are hostile (true or false)' }).default(true),
  ruleSystemId: z.uuid({ error: 'Name the rulebook by the id its suggestion gave' }).optional(),
});

/** A look-up of monster names (the SRD's and the table's rulebooks') as the game master types one. */
export const suggestQuery = z.object({ q: z.string().trim().max(80, 'Keep the name under 80 characters').default('') });
