import { abilityModifier } from '../abilities';
import { findAttack, resolveAttack, type AttackResult } from '../attack';
import type { AttackProfile } from '../attack-profile';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { itemFacts } from '../sheet/items';
import type { CharacterSheet } from '../state';
import { isCharacter } from '../state';
import { turnKey } from '../turn-events';
import { requireCombat, turnPatch } from '../turn-order';

/** The inventory entry a weapon attack is made with, if it is a light melee weapon. */
function lightWeapon(c: CharacterSheet, profile: AttackProfile) {
  if (profile.source?.kind !== 'weapon') return null;
  const itemId = profile.source.itemId;
  const entry = c.inventory.find((e) => e.item === itemId);
  const weapon = entry ? itemFacts(entry)?.weapon : null;
  if (!entry || weapon?.weapon.kind !== 'melee' || !weapon.weapon.properties.includes('light')) return null;
  return { entry, finesse: weapon.weapon.properties.includes('finesse') };
}

/** The light melee weapon the character attacked with this turn, as part of its Attack action. */
function firstLightAttack(turn: TurnContext, c: CharacterSheet) {
  const now = turnKey(turn.state);
  for (const event of turn.events) {
    if (event.kind !== 'attack' || event.turn !== now || event.result.attackerId !== c.id || !event.weapon) continue;
    const profile = c.attacks.find((a) => a.name === event.result.attack);
    const found = profile ? lightWeapon(c, profile) : null;
    if (found) return found;
  }
  return null;
}

/** The off hand's damage leaves out a positive ability modifier, unless the Two-Weapon Fighting style puts it back. */
function offHandProfile(c: CharacterSheet, profile: AttackProfile, finesse: boolean): AttackProfile {
  const style = c.features.some((id) => id.endsWith('fighting-style-two-weapon-fighting'));
  const mod = finesse ? Math.max(abilityModifier(c.abilities.str ?? 10), abilityModifier(c.abilities.dex ?? 10)) : abilityModifier(c.abilities.str ?? 10);
  if (style || mod <= 0) return profile;
  const [, dice, flat] = /^(.*?)([+-]\d+)?$/.exec(profile.damage.dice)!;
  const rest = Number(flat ?? 0) - mod;
  return { ...profile, name: `${profile.name} (off hand)`, damage: { ...profile.damage, dice: rest === 0 ? dice! : `${dice}${rest > 0 ? '+' : ''}${rest}` } };
}

/**
 * Two-weapon fighting: after attacking with a light melee weapon held in
 * one hand as part of its Attack action, a character may attack with a
 * different light melee weapon in the other hand as a bonus action, adding
 * no positive ability modifier to its damage unless it has the Two-Weapon
 * Fighting style. Both hands must be free of a shield.
 */
export function offHandAttack(turn: TurnContext, input: { attackerId: string; targetId: string; weapon: string }): AttackResult {
  const attacker = turn.actor(input.attackerId);
  if (!isCharacter(attacker)) throw new RuleViolation(`${attacker.name} attacks by its stat block's actions: use monster_action`);
  const combat = requireCombat(turn.state);
  if (combat.turn.bonusActionUsed) throw new RuleViolation(`${attacker.name} has already used their bonus action this turn`);
  const first = firstLightAttack(turn, attacker);
  if (!first) {
    throw new RuleViolation(
      `${attacker.name} has not attacked with a light melee weapon as part of the Attack action this turn. Two-weapon fighting comes after such an attack: attack with a light weapon first.`,
    );
  }
  const profile = findAttack(attacker, input.weapon);
  const offHand = lightWeapon(attacker, profile);
  if (!offHand) throw new RuleViolation(`${profile.name} is not a light melee weapon: the off hand can attack only with one (a dagger, a shortsword, a handaxe...)`);
  if (offHand.entry === first.entry && offHand.entry.quantity < 2) {
    throw new RuleViolation(`${attacker.name} carries one ${profile.name}, already in the other hand: the off-hand attack needs a second light weapon`);
  }
  if (attacker.inventory.some((e) => e.equipped && itemFacts(e)?.armor?.armor.category === 'shield')) {
    throw new RuleViolation(`${attacker.name} has a shield in one hand, which leaves no hand for a second weapon`);
  }
  turn.commit([turnPatch(combat, { ...combat.turn, bonusActionUsed: true })]);
  const target = turn.combatant(input.targetId);
  const { result, patches } = resolveAttack(turn.state, turn.combatant(attacker.id), target, offHandProfile(attacker, profile, offHand.finesse), turn.roll);
  turn.commit(patches);
  turn.note({ kind: 'attack', turn: turnKey(turn.state), result, weapon: true });
  return result;
}
