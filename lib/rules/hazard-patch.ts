import { z } from 'zod';
import { RuleViolation } from './rule-violation';
import { placeId } from './scene-hazards';
import type { RulesState } from './state';

/** The engine's patch marking a one-shot trap of the scene as gone off, so it never goes off again. */
export const hazardPatchSchemas = [z.object({ op: z.literal('scene.hazardSprung'), hazardId: placeId })] as const;
export type HazardPatch = z.infer<(typeof hazardPatchSchemas)[number]>;

/** Applies a hazard patch; like reducePatch, applyPatches validates the whole result. */
export function reduceHazardPatch(state: RulesState, patch: HazardPatch): RulesState {
  const { hazards } = state.scene;
  if (!hazards.some((h) => h.id === patch.hazardId)) throw new RuleViolation(`There is no hazard "${patch.hazardId}" here`);
  return { ...state, scene: { ...state.scene, hazards: hazards.map((h) => (h.id === patch.hazardId ? { ...h, sprung: true } : h)) } };
}
