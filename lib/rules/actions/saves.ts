import type { Ability } from '../abilities';
import { savingThrow, type CheckResult } from '../checks';
import { noModeSources, type ModeSources } from '../d20';
import { effectsOnRoll, spentEffectPatches } from '../effect-rolls';
import type { TurnContext } from '../turn-context';

/**
 * A saving throw the rules call for, made inside an action: rolled with
 * the effects on the creature (Bless, Bane), recorded for the log's dice,
 * and spending the effects that last one roll (Resistance). `bonus` is
 * what the situation adds (cover's +2 or +5 to a Dexterity save).
 */
export function rollSave(turn: TurnContext, creatureId: string, ability: Ability, dc: number, sources: ModeSources = noModeSources, bonus = 0): CheckResult {
  const creature = turn.combatant(creatureId);
  const dodging = ability === 'dex' && turn.state.combat?.dodging.includes(creature.id) === true;
  const all = dodging ? { ...sources, advantage: [...sources.advantage, 'dodging'] } : sources;
  const spent = effectsOnRoll(creature, 'saving throw', ability).spent;
  const result = savingThrow(creature, ability, dc, turn.roll, all, bonus);
  turn.recordCheck(result);
  turn.commit(spentEffectPatches(creature, spent));
  return result;
}
