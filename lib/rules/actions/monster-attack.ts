import { resolveAttack, type AttackResult } from '../attack';
import type { AttackProfile } from '../attack-profile';
import type { Condition } from '../conditions';
import { applyConditionPatches } from '../condition-patches';
import type { Creature } from '../creature';
import { damagePatches } from '../damage';
import { adjustForType } from '../damage-types';
import { defensesAgainst } from '../damage-defenses';
import type { CreatureAbility } from '../monster-shape';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { monsterAttackProfiles } from '../srd-stat-block';
import { nameKey } from '../srd/names';
import type { Combatant } from '../state';
import { rollSave } from './saves';

/** A hit's damage that allows a save of its own (a giant spider's poison): the save and what it dealt. */
export type RiderResult = { type: string; dice: string; rolled: number; saved: boolean; dealt: number };

/** One attack a creature made with one of its actions, and what came of it. */
export type MonsterAttackResult = {
  attack: AttackResult;
  riders: RiderResult[];
  /** Conditions the hit imposed (a grapple with its escape DC). */
  imposed: Condition[];
  /** Conditions the stat block says the attack can impose under conditions of its own (a save, a size): the DM decides. */
  mayImpose: string[];
};

/** The attack profile for an action, in the grip or version named ("Longsword (two-handed)"), else its first. */
export function profileFor(action: CreatureAbility, named = action.name): AttackProfile {
  const profiles = monsterAttackProfiles([action]);
  const chosen = profiles.find((p) => nameKey(p.name) === nameKey(named)) ?? profiles[0];
  if (chosen) return chosen;
  if (!action.attack?.kind) throw new RuleViolation(`${action.name} is not an attack`);
  // An attack that deals no damage (a web that restrains) still rolls to hit.
  return { ...monsterAttackProfiles([{ ...action, damage: [{ dice: '0', type: 'bludgeoning' }] }])[0]!, extraDamage: [] };
}

/** Damage parts with a save of their own, rolled and saved against after a hit. */
function riders(turn: TurnContext, action: CreatureAbility, targetId: string): RiderResult[] {
  const parts = (action.damage ?? []).flatMap((e) => ('oneOf' in e || !e.save ? [] : [e]));
  return parts.map((part) => {
    const save = part.save!;
    if (save.dc === undefined) throw new RuleViolation(`${action.name}'s save has no DC in its stat block`);
    const saved = rollSave(turn, targetId, save.ability, save.dc).success;
    const rolled = turn.roll(part.dice).total;
    const raw = saved ? (save.onSuccess === 'half' ? Math.floor(rolled / 2) : 0) : rolled;
    const now = turn.combatant(targetId);
    const { amount } = adjustForType(raw, part.type, defensesAgainst(now, { kind: 'other' }));
    if (now.dead) return { type: part.type, dice: part.dice, rolled, saved, dealt: 0 };
    turn.commit(damagePatches(now, amount).patches);
    return { type: part.type, dice: part.dice, rolled, saved, dealt: amount };
  });
}

/** A grapple a hit imposes outright, as stat blocks with an escape DC state it; the grappler is its source. */
function grappleOnHit(turn: TurnContext, creature: Creature, action: CreatureAbility, targetId: string): Condition[] {
  if (action.escapeDc === undefined) return [];
  const held = (action.imposes ?? []).filter((c): c is 'grappled' | 'restrained' => c === 'grappled' || c === 'restrained');
  const imposed: Condition[] = [];
  for (const condition of held) {
    const target = turn.combatant(targetId);
    if (target.dead || target.conditionImmunities.includes(condition) || target.conditions.includes(condition)) continue;
    turn.commit(applyConditionPatches(target, condition, creature.id));
    imposed.push(condition);
  }
  return imposed;
}

/**
 * One attack with a creature's action against a target: the roll and damage
 * from the stat block (reach, range, cover and defences as any attack), then
 * what a hit brings besides: damage that allows its own save, and a grapple
 * with its escape DC. Other conditions the action names are reported for the
 * DM, since the stat block ties them to what the data does not hold.
 * `at` stands the target where it was when the attack came (an opportunity
 * attack as it leaves reach).
 */
export function monsterAttack(
  turn: TurnContext,
  creature: Creature,
  action: CreatureAbility,
  targetId: string,
  options: { named?: string; at?: Combatant['position'] } = {},
): MonsterAttackResult {
  const profile = profileFor(action, options.named);
  const target = turn.combatant(targetId);
  const standing = options.at !== undefined ? { ...target, position: options.at } : target;
  const { result, patches } = resolveAttack(turn.state, creature, standing, profile, turn.roll);
  turn.commit(patches);
  if (!result.hit || turn.combatant(targetId).dead) return { attack: result, riders: [], imposed: [], mayImpose: [] };
  const rode = riders(turn, action, targetId);
  const imposed = grappleOnHit(turn, creature, action, targetId);
  const mayImpose = (action.imposes ?? []).filter((c) => !imposed.includes(c as Condition) && !(action.escapeDc !== undefined && (c === 'grappled' || c === 'restrained')));
  return { attack: result, riders: rode, imposed, mayImpose };
}
