import { has, isIncapacitated } from '../conditions';
import type { Opportunity } from '../combat-state';
import { distanceFeet, enterCost, SQUARE_FEET, type Cell } from '../grid';
import { planMove, type Route } from '../movement';
import type { StatePatch } from '../patches';
import type { TurnContext } from '../turn-context';
import { RuleViolation } from '../rule-violation';
import { allCombatants } from '../state';
import { speedOf } from '../stats';
import { movementLeft, turnPatch } from '../turn-order';
import { opportunityAttack, provokedBy, reactsAtOnce, type OpportunityAttackResult } from './opportunity';

/** A walk across the grid: the route, what it cost, the movement left, and what it provoked on the way. */
export type WalkResult = Route & {
  characterId: string;
  movementLeft: number | null;
  /** Opportunity attacks the engine resolved as the walker left reach (monsters' and AI players'). */
  opportunityAttacks: OpportunityAttackResult[];
  /** People's characters who may still take an opportunity attack this turn (the DM asks them). */
  offered: string[];
  /** Where an opportunity attack dropped the walker before it got where it was going, if one did. */
  stoppedAt: Cell | null;
};

const down = (c: { hp: number; dead: boolean; conditions: readonly string[] }) => c.dead || c.hp === 0;

/** Grapples end when the grappler moves out of reach: dragging a creature along is not modelled. */
function brokenGrapples(turn: TurnContext, moverId: string): StatePatch[] {
  const mover = turn.combatant(moverId);
  if (!mover.position) return [];
  return allCombatants(turn.state).flatMap((held): StatePatch[] => {
    const sourced = (['grappled', 'restrained'] as const).filter((k) => held.conditions.includes(k) && held.conditionSources[k] === moverId);
    if (sourced.length === 0 || (held.position && distanceFeet(held.position, mover.position!) <= SQUARE_FEET)) return [];
    return [{ op: 'character.conditions', characterId: held.id, conditions: held.conditions.filter((k) => !(sourced as string[]).includes(k)) }];
  });
}

/**
 * Walks a creature to a square along the cheapest legal route, within the
 * movement it has left. Each step that leaves a hostile creature's reach
 * provokes an opportunity attack (unless it disengaged): a monster or an AI
 * player strikes at once, where the walker stood as it left; a person's
 * character is offered the attack until the turn ends. A walker an
 * opportunity attack drops stops where it was struck.
 */
export function walk(turn: TurnContext, characterId: string, to: Cell): WalkResult {
  const c = turn.actor(characterId);
  const combat = turn.state.combat;
  if (speedOf(c) === 0) throw new RuleViolation(`${c.name} cannot move: their speed is 0`);
  const budget = combat ? movementLeft(combat, c) : Infinity;
  if (budget === 0) throw new RuleViolation(`${c.name} cannot move: no movement left this turn`);
  const route = planMove(turn.state, c, to, budget);
  const factor = has(c, 'prone') ? 2 : 1;
  const opportunityAttacks: OpportunityAttackResult[] = [];
  const offers: Opportunity[] = [];
  let spent = 0;
  let stoppedAt: Cell | null = null;
  for (let i = 1; i < route.path.length && !stoppedAt; i++) {
    const from = route.path[i - 1]!;
    const next = route.path[i]!;
    for (const reactor of provokedBy(turn.state, turn.combatant(characterId), from, next)) {
      if (!reactsAtOnce(reactor)) {
        offers.push({ reactorId: reactor.id, moverId: characterId, at: from });
        continue;
      }
      opportunityAttacks.push(opportunityAttack(turn, reactor.id, characterId, from));
      const now = turn.combatant(characterId);
      if (down(now) || isIncapacitated(now)) {
        stoppedAt = from;
        break;
      }
    }
    if (!stoppedAt) spent += enterCost(turn.state.grid!, next) * factor;
  }
  const end = stoppedAt ?? to;
  const fight = turn.state.combat;
  const patches: StatePatch[] = [{ op: 'character.position', characterId, position: end }];
  if (fight) patches.unshift(turnPatch(fight, { ...fight.turn, movementUsed: fight.turn.movementUsed + spent }));
  if (fight && offers.length) patches.push({ op: 'combat.opportunities', opportunities: [...fight.opportunities, ...offers] });
  turn.commit(patches);
  turn.commit(brokenGrapples(turn, characterId));
  const after = turn.state.combat;
  const path = stoppedAt ? route.path.slice(0, route.path.findIndex((cell) => cell === stoppedAt) + 1) : route.path;
  return {
    characterId,
    path,
    cost: spent,
    movementLeft: after ? movementLeft(after, turn.combatant(characterId)) : null,
    opportunityAttacks,
    offered: offers.map((o) => o.reactorId),
    stoppedAt,
  };
}
