import { parseGeneratorInput } from '../errors';
import { createRng, hashText } from '../rng';
import { drawPortrait } from './draw-portrait';
import { chooseFeatures } from './features';
import { type Portrait, type PortraitRequest, portraitRequestSchema } from './types';

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
