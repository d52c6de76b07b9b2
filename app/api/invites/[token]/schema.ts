import { z } from 'zod';

export const acceptBody = z
  .object({
    characterId: z.string({ error: 'Choose a character, or null to leave them all to the AI players' }).min(1).max(64).nullable(),
    /** One of the person's own characters to bring to the table instead. */
    bring: z.uuid('Bring one of your characters by its id').optional(),
  })
  .refine((b) => !(b.bring && b.characterId), { message: 'Choose a character at the table or bring one of your own, not both', path: ['bring'] });
