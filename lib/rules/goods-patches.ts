import { z } from 'zod';
import { RuleViolation } from './rule-violation';
import { containerSchema, goodsStackSchema } from './scene-goods';
import { coinsSchema } from './sheet/inventory';
import type { RulesState } from './state';

/**
 * Changes to what the scene and its creatures hold, in the engine's patch
 * style (resulting values, not deltas): a container after something was
 * taken from it, a creature's gear and coins after it was looted, and the
 * mark that a defeated creature's experience has been shared out.
 */
export const goodsPatchSchemas = [
  z.object({ op: z.literal('scene.container'), container: containerSchema }),
  z.object({ op: z.literal('creature.gear'), creatureId: z.string(), gear: z.array(goodsStackSchema).max(50), coins: coinsSchema }),
  z.object({ op: z.literal('creature.xpAwarded'), creatureId: z.string() }),
] as const;

export type GoodsPatch = z.infer<(typeof goodsPatchSchemas)[number]>;

/** Applies one goods patch; like reducePatch, applyPatches validates the whole result. */
export function reduceGoodsPatch(state: RulesState, patch: GoodsPatch): RulesState {
  switch (patch.op) {
    case 'scene.container': {
      const { containers } = state.scene;
      if (!containers.some((c) => c.id === patch.container.id)) throw new RuleViolation(`There is no container "${patch.container.id}" here`);
      return { ...state, scene: { ...state.scene, containers: containers.map((c) => (c.id === patch.container.id ? patch.container : c)) } };
    }
    case 'creature.gear':
    case 'creature.xpAwarded': {
      if (!state.creatures.some((c) => c.id === patch.creatureId)) throw new RuleViolation(`No creature "${patch.creatureId}" here`);
      const change = patch.op === 'creature.gear' ? { gear: patch.gear, coins: patch.coins } : { xpAwarded: true };
      return { ...state, creatures: state.creatures.map((c) => (c.id === patch.creatureId ? { ...c, ...change } : c)) };
    }
  }
}
