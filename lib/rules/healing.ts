import type { StatePatch } from './patches';
import type { Character } from './state';

/** Healing never raises HP above its maximum, and any HP wakes the unconscious. */
export function healPatches(character: Character, amount: number): StatePatch[] {
  const hp = Math.min(character.maxHp, character.hp + Math.max(0, amount));
  const patches: StatePatch[] = [{ op: 'character.hp', characterId: character.id, hp }];
  if (hp > 0 && character.conditions.includes('unconscious')) {
    patches.push({
      op: 'character.conditions',
      characterId: character.id,
      conditions: character.conditions.filter((c) => c !== 'unconscious'),
    });
  }
  return patches;
}
