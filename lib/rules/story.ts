import { z } from 'zod';
import { placeId } from './scene-hazards';

/**
 * What the party's deeds have set in motion across the whole adventure:
 * the triggers that went off, the places they woke, and the ending once it
 * is reached. It outlives the scene it happened in.
 */
export const storySchema = z.object({
  fired: z.array(placeId).max(200).default([]),
  woken: z.array(z.string().min(1).max(64)).max(200).default([]),
  /** The epilogue, once the adventure has reached its end. */
  ending: z.string().max(2000).nullable().default(null),
});
export type Story = z.output<typeof storySchema>;
