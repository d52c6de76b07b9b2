import { z } from 'zod';
import { RuleViolation } from './rule-violation';
import { placeId } from './scene-hazards';
import type { RulesState } from './state';

/** The engine's patch recording a trigger of the scene going off, and what it changed. */
export const storyPatchSchemas = [
  z.object({
    op: z.literal('story.fired'),
    triggerId: placeId,
    woken: z.string().min(1).max(64).nullable().default(null),
    ending: z.string().max(2000).nullable().default(null),
  }),
] as const;
export type StoryPatch = z.infer<(typeof storyPatchSchemas)[number]>;

/** Applies a story patch; like reducePatch, applyPatches validates the whole result. */
export function reduceStoryPatch(state: RulesState, patch: StoryPatch): RulesState {
  const { story } = state;
  if (story.fired.includes(patch.triggerId)) throw new RuleViolation(`"${patch.triggerId}" has already happened`);
  if (story.ending !== null) throw new RuleViolation('The adventure has already ended');
  return {
    ...state,
    story: {
      fired: [...story.fired, patch.triggerId],
      woken: patch.woken && !story.woken.includes(patch.woken) ? [...story.woken, patch.woken] : story.woken,
      ending: patch.ending ?? story.ending,
    },
  };
}
