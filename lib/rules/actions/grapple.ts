import type { Skill } from '../abilities';
import { has, isIncapacitated } from '../conditions';
import { applyConditionPatches } from '../condition-patches';
import { sizeSchema } from '../creature';
import { distanceFeet, inBounds, isPassable, sameCell, SQUARE_FEET, type Cell } from '../grid';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { getAncestry } from '../srd/ancestries';
import { allCombatants, isCharacter, type Combatant } from '../state';
import { skillMod } from '../stats';
import { spendAction, turnPatch } from '../turn-order';
import { makeCheck, rollCheck } from './ability-check';
import { meleeReach } from './opportunity';

/** How a grapple or shove contest went: both totals, and whether the one who tried won. */
export type ContestResult = {
  attackerId: string;
  targetId: string;
  attackerTotal: number;
  targetTotal: number;
  /** The skill the target resisted with: its choice of Athletics or Acrobatics. */
  resistedWith: Skill;
  success: boolean;
};

const sizes = sizeSchema.options;

/** A creature's size: a stat block's, or a character's ancestry's. */
export function sizeOf(c: Combatant): (typeof sizes)[number] {
  return isCharacter(c) ? (getAncestry(c.build.ancestry.id)?.size ?? 'medium') : c.size;
}

/** The better of Athletics and Acrobatics, which a creature resisting a grapple or shove may choose. */
function resistSkill(c: Combatant, chosen?: 'athletics' | 'acrobatics'): Skill {
  if (chosen) return chosen;
  return skillMod(c, 'acrobatics') > skillMod(c, 'athletics') ? 'acrobatics' : 'athletics';
}

/**
 * What grappling and shoving share: one attack of the Attack action,
 * against a creature within reach and at most one size larger.
 */
function specialAttack(turn: TurnContext, attackerId: string, targetId: string, what: 'grapple' | 'shove'): { attacker: Combatant; target: Combatant } {
  const attacker = turn.actor(attackerId);
  const target = turn.living(targetId);
  if (attacker.id === target.id) throw new RuleViolation(`${attacker.name} cannot ${what} itself`);
  if (attacker.position && target.position && distanceFeet(attacker.position, target.position) > meleeReach(attacker)) {
    throw new RuleViolation(`${target.name} is out of ${attacker.name}'s reach: a ${what} is a melee attack. Move closer first.`);
  }
  const larger = sizes.indexOf(sizeOf(target)) - sizes.indexOf(sizeOf(attacker));
  if (larger > 1) {
    throw new RuleViolation(`${target.name} is ${sizeOf(target)} and ${attacker.name} ${sizeOf(attacker)}: a creature can ${what} one at most one size larger than itself. Attack it instead.`);
  }
  const combat = turn.state.combat;
  if (combat) turn.commit([turnPatch(combat, spendAction(combat, attacker, 'attack'))]);
  return { attacker, target };
}

/** The contest: the attacker's Athletics against the target's Athletics or Acrobatics; a tie changes nothing. */
function contest(turn: TurnContext, attacker: Combatant, target: Combatant, resist?: 'athletics' | 'acrobatics'): ContestResult {
  const resistedWith = resistSkill(target, resist);
  // An incapacitated creature cannot resist: it loses the contest.
  if (isIncapacitated(target)) {
    const check = makeCheck(turn, attacker.id, 'athletics').check;
    return { attackerId: attacker.id, targetId: target.id, attackerTotal: check.roll.total, targetTotal: 0, resistedWith, success: true };
  }
  const { check, contest: opposed } = makeCheck(turn, attacker.id, 'athletics', { opposedBy: { creatureId: target.id, skill: resistedWith } });
  return { attackerId: attacker.id, targetId: target.id, attackerTotal: check.roll.total, targetTotal: opposed!.check.roll.total, resistedWith, success: check.success };
}

/**
 * Grapple: a special melee attack of the Attack action. Won, the target is
 * grappled, its grappler named as the condition's source, until it escapes
 * or the grappler lets go or moves away.
 */
export function grapple(turn: TurnContext, input: { attackerId: string; targetId: string; resist?: 'athletics' | 'acrobatics' }): ContestResult {
  const probe = turn.living(input.targetId);
  if (probe.conditionImmunities.includes('grappled')) throw new RuleViolation(`${probe.name} cannot be grappled: its stat block makes it immune`);
  if (probe.conditions.includes('grappled') && probe.conditionSources.grappled === input.attackerId) {
    throw new RuleViolation(`${turn.combatant(input.attackerId).name} already has ${probe.name} grappled`);
  }
  const { attacker, target } = specialAttack(turn, input.attackerId, input.targetId, 'grapple');
  const result = contest(turn, attacker, target, input.resist);
  if (result.success) turn.commit(applyConditionPatches(turn.combatant(target.id), 'grappled', attacker.id));
  return result;
}

/** The square one step straight away from the shover, if the target can be pushed into it. */
function pushSquare(turn: TurnContext, attacker: Combatant, target: Combatant): Cell | null {
  const grid = turn.state.grid;
  if (!grid || !attacker.position || !target.position) return null;
  const step = { x: Math.sign(target.position.x - attacker.position.x), y: Math.sign(target.position.y - attacker.position.y) };
  const cell = { x: target.position.x + step.x, y: target.position.y + step.y };
  const taken = allCombatants(turn.state).some((c) => c.id !== target.id && !c.dead && c.position && sameCell(c.position, cell));
  if (!inBounds(grid, cell) || !isPassable(grid, cell) || taken) {
    throw new RuleViolation(`There is no free square behind ${target.name} to push it into (a wall, the map's edge or someone stands there). Shove it prone instead.`);
  }
  return cell;
}

/**
 * Shove: a special melee attack of the Attack action. Won, the target is
 * knocked prone or pushed 5 feet straight away from the shover, as chosen.
 */
export function shove(turn: TurnContext, input: { attackerId: string; targetId: string; effect: 'prone' | 'push'; resist?: 'athletics' | 'acrobatics' }): ContestResult & { effect: 'prone' | 'push'; pushedTo: Cell | null } {
  const probe = turn.living(input.targetId);
  if (input.effect === 'prone' && has(probe, 'prone')) throw new RuleViolation(`${probe.name} is already prone; push it away instead, or attack it`);
  const pushed = input.effect === 'push' ? pushSquare(turn, turn.combatant(input.attackerId), probe) : null;
  const { attacker, target } = specialAttack(turn, input.attackerId, input.targetId, 'shove');
  const result = contest(turn, attacker, target, input.resist);
  if (result.success && input.effect === 'prone') turn.commit(applyConditionPatches(turn.combatant(target.id), 'prone'));
  if (result.success && pushed) turn.commit([{ op: 'character.position', characterId: target.id, position: pushed }]);
  return { ...result, effect: input.effect, pushedTo: result.success ? pushed : null };
}

/**
 * Escaping a grapple takes the grappled creature's action: its Athletics or
 * Acrobatics against the grappler's Athletics, or against the escape DC a
 * stat block gives its grapple. Success ends the grapple (and a restraint
 * that came with it).
 */
export function escapeGrapple(turn: TurnContext, input: { characterId: string; using?: 'athletics' | 'acrobatics' }): { escaped: boolean; total: number; against: number; grapplerId: string | null } {
  const c = turn.actor(input.characterId);
  if (!c.conditions.includes('grappled')) throw new RuleViolation(`${c.name} is not grappled`);
  const combat = turn.state.combat;
  if (combat) turn.commit([turnPatch(combat, spendAction(combat, c, 'action'))]);
  const grapplerId = c.conditionSources.grappled ?? null;
  const grappler = grapplerId ? turn.combatant(grapplerId) : null;
  const skill = resistSkill(c, input.using);
  const escapeDc = grappler && !isCharacter(grappler) ? grappler.actions.find((a) => a.escapeDc !== undefined && a.imposes?.includes('grappled'))?.escapeDc : undefined;
  let escaped: boolean;
  let total: number;
  let against: number;
  if (!grappler || grappler.dead || isIncapacitated(grappler)) {
    // A grappler that can no longer hold lets go.
    ({ escaped, total, against } = { escaped: true, total: 0, against: 0 });
  } else if (escapeDc !== undefined) {
    const check = rollCheck(turn, c.id, skill, escapeDc);
    ({ escaped, total, against } = { escaped: check.success, total: check.roll.total, against: escapeDc });
  } else {
    const { check, contest: opposed } = makeCheck(turn, c.id, skill, { opposedBy: { creatureId: grappler.id, skill: 'athletics' } });
    ({ escaped, total, against } = { escaped: check.success, total: check.roll.total, against: opposed!.check.roll.total });
  }
  if (escaped) {
    const freed = turn.combatant(c.id);
    const ended = freed.conditions.filter((k) => k === 'grappled' || (k === 'restrained' && freed.conditionSources.restrained === grapplerId));
    turn.commit([{ op: 'character.conditions', characterId: c.id, conditions: freed.conditions.filter((k) => !ended.includes(k)) }]);
  }
  return { escaped, total, against, grapplerId };
}
