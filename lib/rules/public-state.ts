import type { RulesState } from './state';

/**
 * The game as the players may see it: no DM secrets. Creatures are shown
 * once they are in the scene (hidden ones are not added until revealed).
 */
export function publicState(state: RulesState): RulesState {
  return { ...state, scene: { ...state.scene, secret: '' } };
}
