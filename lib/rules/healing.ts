import { effectiveMaxHp } from './combatant';
import type { StatePatch } from './patches';
import type { Combatant } from './state';

/**
 * Healing never raises hit points above the maximum. A creature brought up
 * from 0 wakes and stops dying; it stays prone until it stands.
 */
export function healPatches(c: Combatant, amount: number): StatePatch[] {
  const hp = Math.min(effectiveMaxHp(c), c.hp + Math.max(0, amount));
  const patches: StatePatch[] = [{ op: 'character.hp', characterId: c.id, hp }];
  if (c.hp === 0 && hp > 0) {
    patches.push(
      { op: 'character.conditions', characterId: c.id, conditions: c.conditions.filter((k) => k !== 'unconscious') },
      { op: 'character.deathSaves', characterId: c.id, successes: 0, failures: 0, stable: false },
    );
  }
  return patches;
}

/** Temporary hit points do not stack: the creature keeps the larger amount. */
export function tempHpPatches(c: Combatant, amount: number): StatePatch[] {
  return [{ op: 'character.tempHp', characterId: c.id, tempHp: Math.max(c.tempHp, Math.max(0, amount)) }];
}
