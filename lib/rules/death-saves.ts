import type { StatePatch } from './patches';
import type { Combatant } from './state';

/** Where one death save leaves the creature. */
export type DeathSaveResult = 'success' | 'failure' | 'stable' | 'dead' | 'revived';

/**
 * One death saving throw from its natural d20: 10 or more succeeds, a 1
 * counts as two failures, a 20 brings the creature back with 1 hit point.
 * Three successes stabilise it; three failures kill it.
 */
export function deathSavePatches(c: Combatant, natural: number): { patches: StatePatch[]; result: DeathSaveResult } {
  const id = c.id;
  if (natural === 20) {
    return {
      result: 'revived',
      patches: [
        { op: 'character.hp', characterId: id, hp: 1 },
        { op: 'character.conditions', characterId: id, conditions: c.conditions.filter((k) => k !== 'unconscious') },
        { op: 'character.deathSaves', characterId: id, successes: 0, failures: 0, stable: false },
      ],
    };
  }
  const { successes, failures } = c.deathSaves;
  if (natural >= 10) {
    if (successes + 1 >= 3) {
      return { result: 'stable', patches: [{ op: 'character.deathSaves', characterId: id, successes: 0, failures: 0, stable: true }] };
    }
    const patch: StatePatch = { op: 'character.deathSaves', characterId: id, successes: successes + 1, failures, stable: false };
    return { result: 'success', patches: [patch] };
  }
  const failed = Math.min(3, failures + (natural === 1 ? 2 : 1));
  if (failed >= 3) {
    return {
      result: 'dead',
      patches: [
        { op: 'character.deathSaves', characterId: id, successes, failures: 3, stable: false },
        { op: 'character.dead', characterId: id, dead: true },
      ],
    };
  }
  return { result: 'failure', patches: [{ op: 'character.deathSaves', characterId: id, successes, failures: failed, stable: false }] };
}
