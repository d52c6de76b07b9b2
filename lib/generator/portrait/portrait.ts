import { z } from 'zod';
import { parseGeneratorInput } from '../errors';
import { createRng, hashText, seedSchema } from '../rng';
import { drawPortrait } from './draw-portrait';
import { chooseFeatures } from './features';

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

/**
 * Paints a stylised bust for a name. The same seed and name always give the
 * same portrait; the name is folded into the seed so a party drawn from one
 * seed still gets different faces. Throws GeneratorInputError for an empty name.
 */
export function generatePortrait(request: PortraitRequest): Portrait {
  const { seed, name, kind } = parseGeneratorInput(portraitRequestSchema, request, 'portrait request');
  const key = hashText(name, seed);
  const features = chooseFeatures(createRng(key, 301), kind);
  return { seed, name, kind, features, svg: drawPortrait(name, kind, features, `portrait-${key.toString(36)}`) };
}
