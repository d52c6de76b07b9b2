import { tool, zodSchema } from 'ai';
import { z } from 'zod';
import { useFeature } from '@/lib/rules/actions/features/use-feature';
import type { TableResolver } from '@/lib/rules/table-resolver';

const useFeatureInput = zodSchema(
  z.strictObject({
    characterId: z.string().min(1).max(64),
    feature: z.string().min(1).max(80).describe('the class feature by name, as the player says it ("Second Wind", "Rage", "Lay on Hands", "Divine Smite")'),
    targetId: z.string().min(1).max(64).optional().describe('who it is used on, when it has a target'),
    targetIds: z.array(z.string().min(1).max(64)).min(1).max(8).optional().describe('several targets, for features that share out (Preserve Life, Flurry of Blows)'),
    option: z.string().min(1).max(80).optional().describe('a choice the feature offers: "turn undead", "dash", "disengage", "hide", "cure poison", the slot level a smite spends, the slot levels Arcane Recovery restores'),
    points: z.number().int().min(1).max(100).optional().describe('how many points of a pool to spend (Lay on Hands)'),
  }),
);

export function createUseFeatureTool({ resolver }: { resolver: TableResolver }) {
  return tool({
    description:
      "A character uses one of their class features (Second Wind, Action Surge, Rage, Lay on Hands, Divine Smite after a melee weapon hit, Bardic Inspiration, Channel Divinity, Flurry of Blows, Patient Defense, Step of the Wind, Cunning Action, Arcane Recovery after a short rest). The engine checks the class, level, uses left and the action it takes, and works out every number. Sneak Attack is never called: attacks add it when it applies.",
    inputSchema: useFeatureInput,
    execute: async (input) => {
      const r = resolver.act((turn) => useFeature(turn, input));
      const { characterId, feature, featureId, ...rest } = r;
      return { characterId, source: `feature: ${feature}`, featureId, ...rest };
    },
  });
}
