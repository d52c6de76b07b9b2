import { attackSource, type AttackProfile } from '../../attack-profile';
import type { HitRider } from '../../attack';
import { isIncapacitated } from '../../conditions';
import { distanceFeet, SQUARE_FEET } from '../../grid';
import { itemFacts } from '../../sheet/items';
import { featureResource } from '../../srd/feature-resources';
import { allCombatants, isCharacter, type Combatant, type RulesState } from '../../state';
import { sideOf } from '../../stats';
import { turnKey, usedThisTurn, type TurnEvent } from '../../turn-events';

export const SNEAK_ATTACK = 'sneak-attack';

/** Whether an attack is made with a finesse or a ranged weapon, as Sneak Attack needs. */
function finesseOrRanged(attacker: Combatant, profile: AttackProfile): boolean {
  const source = attackSource(profile);
  if (source.kind !== 'weapon' || !isCharacter(attacker)) return false;
  const entry = attacker.inventory.find((e) => e.item === source.itemId);
  const weapon = entry ? itemFacts(entry)?.weapon?.weapon : undefined;
  return weapon !== undefined && (weapon.kind === 'ranged' || weapon.properties.includes('finesse'));
}

/** Another of the attacker's side, able to fight, within 5 feet of the target (only known on a battle map). */
function allyBeside(state: RulesState, attacker: Combatant, target: Combatant): boolean {
  if (!target.position) return false;
  return allCombatants(state).some(
    (c) => c.id !== attacker.id && c.id !== target.id && !c.dead && c.hp > 0 && !isIncapacitated(c) && sideOf(c) === sideOf(attacker) && c.position !== null && distanceFeet(c.position, target.position!) <= SQUARE_FEET,
  );
}

/** A rider for one attack, and the turn's note that Sneak Attack is spent if the rider added its dice. */
export type SneakAttack = { rider: HitRider; spent(): TurnEvent | null };

/**
 * Sneak Attack as the attack resolution applies it: once per turn, a hit
 * with a finesse or ranged weapon deals the rogue's Sneak Attack dice more
 * if the roll had advantage, or (without disadvantage) another enemy of the
 * target stands within 5 feet of it. Nobody calls for it; the rules see
 * whether it applies. Null when it cannot apply to this attack at all.
 */
export function sneakAttack(state: RulesState, events: readonly TurnEvent[], attacker: Combatant, target: Combatant, profile: AttackProfile): SneakAttack | null {
  if (!isCharacter(attacker) || !attacker.features.includes(SNEAK_ATTACK)) return null;
  if (usedThisTurn(events, state, attacker.id, SNEAK_ATTACK) || !finesseOrRanged(attacker, profile)) return null;
  const dice = featureResource(SNEAK_ATTACK, attacker.level)?.values.dice;
  if (!dice) return null;
  let added = false;
  return {
    rider: ({ mode }) => {
      added = mode === 'advantage' || (mode === 'normal' && allyBeside(state, attacker, target));
      return added ? { dice, type: null, from: 'sneak attack' } : null;
    },
    spent: () => (added ? { kind: 'feature', turn: turnKey(state), characterId: attacker.id, featureId: SNEAK_ATTACK } : null),
  };
}
