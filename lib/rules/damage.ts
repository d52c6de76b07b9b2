import type { StatePatch } from './patches';
import type { Character } from './state';

/** Damage lowers HP to no less than 0; at 0 a character falls unconscious. */
export function damagePatches(character: Character, amount: number): StatePatch[] {
  const hp = Math.max(0, character.hp - Math.max(0, amount));
  const patches: StatePatch[] = [{ op: 'character.hp', characterId: character.id, hp }];
  if (hp === 0 && !character.conditions.includes('unconscious')) {
    patches.push({
      op: 'character.conditions',
      characterId: character.id,
      conditions: [...character.conditions, 'unconscious'],
    });
  }
  return patches;
}
