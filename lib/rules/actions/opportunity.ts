import { resolveAttack, findAttack } from '../attack';
import type { AttackProfile } from '../attack-profile';
import { has, isIncapacitated } from '../conditions';
import type { Creature } from '../creature';
import { distanceFeet, sameCell, SQUARE_FEET, type Cell } from '../grid';
import type { CreatureAbility } from '../monster-shape';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { allCombatants, isCharacter, type Combatant, type RulesState } from '../state';
import { sideOf } from '../stats';
import { requireCombat } from '../turn-order';
import { monsterAttack } from './monster-attack';
import { hasReaction, spendReaction } from './reactions';

/** An opportunity attack made: who struck whom, with what, and how it went. */
export type OpportunityAttackResult = {
  attackerId: string;
  targetId: string;
  attack: string;
  /** Where the attack comes from, for the log: "Goblin's Scimitar", "Mira's Rapier". */
  source: string;
  hit: boolean;
  critical: boolean;
  damage: number;
  roll: string;
};

const average = (dice: string) =>
  [...dice.matchAll(/([+-]?)(\d+)(?:d(\d+))?/g)].reduce((sum, [, sign, n, sides]) => sum + (sign === '-' ? -1 : 1) * (sides ? (Number(n) * (Number(sides) + 1)) / 2 : Number(n)), 0);

/** A creature's melee attack actions from its stat block (not a Multiattack), best average damage first. */
function meleeActions(c: Creature): CreatureAbility[] {
  const melee = c.actions.filter((a) => a.attack?.kind && a.attack.kind !== 'ranged' && !a.multiattack && !a.usage);
  const damage = (a: CreatureAbility) => (a.damage ?? []).reduce((sum, e) => sum + average('oneOf' in e ? e.oneOf[0]!.dice : e.dice), 0);
  return melee.sort((a, b) => damage(b) - damage(a));
}

/** A character's (or a creature without actions') melee attacks, weapons before an unarmed strike, best damage first. */
function meleeProfiles(c: Combatant): AttackProfile[] {
  const melee = c.attacks.filter((a) => a.kind === 'melee');
  return melee.sort((a, b) => average(b.damage.dice) - average(a.damage.dice));
}

/** How far a creature's melee attacks reach: its longest, or 5 feet for the unarmed strike anyone can make. */
export function meleeReach(c: Combatant): number {
  const reaches = isCharacter(c) || c.actions.length === 0 ? meleeProfiles(c).map((a) => a.reach) : meleeActions(c).map((a) => a.attack?.reach ?? SQUARE_FEET);
  return Math.max(SQUARE_FEET, ...reaches);
}

/** Whether a mover's movement this turn provokes nothing: it took the Disengage action (or a feature's Disengage). */
export function isDisengaged(state: RulesState, mover: Combatant): boolean {
  const combat = state.combat;
  const ownTurn = combat?.order[combat.turnIndex]?.id === mover.id;
  return (ownTurn && combat?.turn.disengaged === true) || mover.effects.some((e) => e.id === 'disengaged');
}

/**
 * Who may take an opportunity attack as a creature steps from one square to
 * the next by its own movement: each hostile creature that can see it and
 * act, still has its reaction, and whose reach it leaves with this step.
 */
export function provokedBy(state: RulesState, mover: Combatant, from: Cell, to: Cell): Combatant[] {
  if (!state.combat || isDisengaged(state, mover) || has(mover, 'invisible')) return [];
  return allCombatants(state).filter((r) => {
    if (r.id === mover.id || sideOf(r) === sideOf(mover) || r.dead || r.hp === 0 || !r.position) return false;
    if (isIncapacitated(r) || has(r, 'blinded') || !hasReaction(state, r)) return false;
    if (!state.combat!.order.some((e) => e.id === r.id)) return false;
    const reach = meleeReach(r);
    return distanceFeet(r.position, from) <= reach && distanceFeet(r.position, to) > reach;
  });
}

/** Whether the engine takes a reactor's opportunity attack at once: monsters (the DM's) and AI players do; people say so. */
export function reactsAtOnce(r: Combatant): boolean {
  return !isCharacter(r) || r.controller === 'ai';
}

function characterStrike(turn: TurnContext, reactor: Combatant, mover: Combatant, at: Cell, attackName?: string): { profile: AttackProfile; result: ReturnType<typeof resolveAttack>['result'] } {
  const profile = attackName ? findAttack(reactor, attackName) : meleeProfiles(reactor)[0] ?? findAttack(reactor, 'unarmed strike');
  if (profile.kind !== 'melee') throw new RuleViolation(`An opportunity attack is one melee attack; ${profile.name} is a ranged attack`);
  const { result, patches } = resolveAttack(turn.state, reactor, { ...mover, position: at }, profile, turn.roll);
  turn.commit(patches);
  return { profile, result };
}

/**
 * An opportunity attack: the reactor spends its reaction on one melee
 * attack against the mover, struck where the mover stood as it left reach.
 * A creature uses its best melee attack action; a character the attack
 * named, or its best melee weapon.
 */
export function opportunityAttack(turn: TurnContext, reactorId: string, moverId: string, at: Cell, attackName?: string): OpportunityAttackResult {
  const reactor = turn.able(reactorId);
  const mover = turn.living(moverId);
  spendReaction(turn, reactor, `an opportunity attack on ${mover.name}`);
  const creatureAction = !isCharacter(reactor) && reactor.actions.length > 0 ? meleeActions(reactor).find((a) => !attackName || a.name.toLowerCase() === attackName.toLowerCase()) : undefined;
  if (!isCharacter(reactor) && reactor.actions.length > 0) {
    if (!creatureAction) throw new RuleViolation(`${reactor.name} has no melee attack${attackName ? ` called "${attackName}"` : ''} to make an opportunity attack with`);
    const made = monsterAttack(turn, reactor, creatureAction, moverId, { at }).attack;
    return summary(made, `${reactor.name}'s ${creatureAction.name}`);
  }
  const { profile, result } = characterStrike(turn, reactor, mover, at, attackName);
  return summary(result, `${reactor.name}'s ${profile.name}`);
}

function summary(result: ReturnType<typeof resolveAttack>['result'], source: string): OpportunityAttackResult {
  return {
    attackerId: result.attackerId,
    targetId: result.targetId,
    attack: result.attack,
    source,
    hit: result.hit,
    critical: result.critical,
    damage: result.damage?.total ?? 0,
    roll: result.roll.text,
  };
}

/**
 * A person's character takes the opportunity attack it was offered this
 * turn (when its player says so). Refuses one that was never provoked.
 */
export function takeOffer(turn: TurnContext, reactorId: string, moverId: string, attackName?: string): OpportunityAttackResult {
  const combat = requireCombat(turn.state);
  const offer = combat.opportunities.find((o) => o.reactorId === reactorId && o.moverId === moverId);
  if (!offer) {
    const reactor = turn.combatant(reactorId);
    const mover = turn.combatant(moverId);
    if (!hasReaction(turn.state, reactor)) spendReaction(turn, reactor, `another opportunity attack on ${mover.name}`);
    throw new RuleViolation(
      `${mover.name} has not left ${reactor.name}'s reach by its own movement this turn, so there is no opportunity attack to take. An opportunity attack comes only as a hostile creature moves out of reach without disengaging; monsters and AI players take theirs during the move.`,
    );
  }
  turn.commit([{ op: 'combat.opportunities', opportunities: combat.opportunities.filter((o) => o !== offer) }]);
  const made = opportunityAttack(turn, reactorId, moverId, offer.at, attackName);
  const mover = turn.combatant(moverId);
  // Struck down as it left, it never got further.
  if ((mover.hp === 0 || mover.dead) && mover.position && !sameCell(mover.position, offer.at)) {
    turn.commit([{ op: 'character.position', characterId: moverId, position: offer.at }]);
  }
  return made;
}
