import { z } from 'zod';

export const createSessionBody = z.object({
  campaignId: z.string().trim().min(1, 'Choose a campaign').max(100),
  /** A table opened with the same seed rolls the same dice, for replays and reproducible bug reports. */
  seed: z.number().int('The seed must be a whole number').min(0).max(0xffffffff).optional(),
  /** One of the game master's own characters to play, instead of the campaign's. */
  characterId: z.uuid('Choose one of your characters by its id').optional(),
});
