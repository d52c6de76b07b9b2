import { z } from 'zod';
import { seedSchema } from '../rng';

/** Who the portrait is of; it sets the palette, the clothing and how menacing the face is. */
export const portraitKindSchema = z.enum(['hero', 'villain', 'npc', 'monster']);
export type PortraitKind = z.infer<typeof portraitKindSchema>;

/** A request for a portrait. */
export const portraitRequestSchema = z.object({
  seed: seedSchema,
  name: z.string().trim().min(1, 'must not be empty').max(60),
  kind: portraitKindSchema.default('npc'),
});
export type PortraitRequest = z.input<typeof portraitRequestSchema>;

/** A generated portrait: the drawing and the features it was drawn from. */
export interface Portrait {
  seed: number;
  name: string;
  kind: PortraitKind;
  features: PortraitFeatures;
  svg: string;
}

/** What the face and bust look like; chosen from the seed and the name together. */
export interface PortraitFeatures {
  skin: string;
  hair: string;
  hairStyle: 'short' | 'long' | 'bald' | 'hood' | 'topknot' | 'braids';
  eyes: string;
  /** Glowing eyes are drawn with a halo and no whites. */
  glowingEyes: boolean;
  clothing: string;
  trim: string;
  /** Plate and pauldrons, or cloth. */
  armoured: boolean;
  beard: boolean;
  horns: boolean;
  pointedEars: boolean;
  scar: boolean;
  /** Head width relative to the usual, for variety of build. */
  faceWidth: number;
  backdrop: readonly [string, string];
}
