import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import { type Call, done, type PlanContext } from './plan-context';
import { attackSpot, inSight, retreatSpot, type Spot } from './positioning';
import { monsterSpell } from './spell-choices';
import { chooseAttack, pickTarget, squares, standing } from './tactics';

/** How the offline DM plays a fight: closing in or finding a line of sight, then the attacks the rules allow. */

export function hostilesStanding(table: TableFacts): TableCombatant[] {
  return table.creatures.filter((c) => c.side === 'hostile' && standing(c));
}

function foesOf(table: TableFacts, actor: TableCombatant): TableCombatant[] {
  return (actor.side === 'hostile' ? table.party : hostilesStanding(table)).filter(standing);
}

/** Where the actor stands after the plan's move, if it made one. */
function standsAt(ctx: PlanContext): Spot | null {
  const moved = done(ctx, 'move');
  return moved?.ok ? (moved.value.at as Spot) : ctx.actor.at;
}

const moveTo = (actor: TableCombatant, spot: Spot): Call => ({ toolName: 'move', input: { characterId: actor.id, x: spot[0], y: spot[1] } });

/**
 * A monster's own actions first: a ready breath weapon when two or more
 * foes stand together near the target, then its Multiattack. Undefined
 * leaves the turn to a plain attack (after a refusal, or with neither).
 */
function monsterStep(ctx: PlanContext, target: TableCombatant): Call | null | undefined {
  const { table, actor } = ctx;
  const actions = actor.actions ?? [];
  const tried = ctx.outcomes.filter((o) => o.toolName === 'monster_action');
  if (tried.some((o) => o.ok)) return null;
  const cluster = foesOf(table, actor).filter((f) => f.at && target.at && squares(f.at, target.at) <= 1);
  const breath = actions.find((a) => a.kind === 'save' && a.ready && !a.legendary && !a.reaction && /breath/i.test(a.name));
  const breathFirst = breath !== undefined && cluster.length >= 2 && actor.at !== null && target.at !== null && squares(actor.at, target.at) <= 6;
  if (breathFirst && tried.length === 0) {
    return { toolName: 'monster_action', input: { creatureId: actor.id, action: breath.name, targetIds: cluster.map((f) => f.id) } };
  }
  const multi = actions.find((a) => a.kind === 'multiattack' && a.ready);
  // A refused Multiattack leaves the turn to a plain attack.
  if (!multi || tried.length > (breathFirst ? 1 : 0)) return undefined;
  const at = standsAt(ctx);
  if (!(at && target.at && squares(at, target.at) <= 1) && !done(ctx, 'move')) {
    const spot = attackSpot(table, actor, target, true);
    if (spot) return moveTo(actor, spot);
  }
  return { toolName: 'monster_action', input: { creatureId: actor.id, action: multi.name, targetIds: [target.id] } };
}

/**
 * A spellcasting creature's spell at the target, when it has one it can
 * cast now within reach; the cast takes its action, so the turn ends with
 * it. Undefined leaves the turn to its attacks (none to cast, or refused).
 */
function castStep(ctx: PlanContext, target: TableCombatant): Call | null | undefined {
  const cast = done(ctx, 'cast_spell');
  if (cast) return cast.ok ? null : undefined;
  const spell = monsterSpell(ctx.actor, target);
  return spell && { toolName: 'cast_spell', input: { casterId: ctx.actor.id, spell: spell.name, targetIds: [target.id] } };
}

/**
 * Closes in (or finds a square the target can be seen from) if it must,
 * then attacks, as often as its Attack action allows (Extra Attack): a
 * person's attack, an AI player's, or a monster's turn.
 */
export function attackPlan(ctx: PlanContext): Call | null {
  const { table, actor } = ctx;
  if (!table.combat && actor.side === 'party') {
    if (hostilesStanding(table).length === 0) return null;
    const start = done(ctx, 'start_combat');
    if (!start) return { toolName: 'start_combat', input: { reason: ctx.action } };
    if (!start.ok || start.value.firstTurn !== actor.id) return null;
  }
  const target = pickTarget(table, actor, ctx.action);
  if (!target) return null;
  if (actor.playedBy === 'dm') {
    const cast = castStep(ctx, target);
    if (cast !== undefined) return cast;
    const step = actor.actions ? monsterStep(ctx, target) : undefined;
    if (step !== undefined) return step;
  }
  const attacks = ctx.outcomes.filter((o) => o.toolName === 'attack');
  if (!done(ctx, 'move') && attacks.length === 0) {
    const spot = attackSpot(table, actor, target, chooseAttack(actor, false).kind === 'melee');
    if (spot) return moveTo(actor, spot);
  }
  const at = standsAt(ctx);
  const adjacent = at !== null && target.at !== null && squares(at, target.at) <= 1;
  const attack = chooseAttack(actor, adjacent);
  if ((attack.rangeFt <= 5 && !adjacent) || (at && !inSight(table, at, target))) return null;
  const last = attacks.at(-1);
  if (last && (!last.ok || last.value.targetDown === true)) return null;
  if (attacks.length >= (actor.attacksPerAction ?? 1)) return null;
  return { toolName: 'attack', input: { attackerId: actor.id, targetId: target.id, attackName: attack.name } };
}

/** Disengaging, then falling back out of every foe's reach. */
export function disengagePlan(ctx: PlanContext): Call | null {
  const { table, actor } = ctx;
  if (!table.combat) return null;
  const disengaged = done(ctx, 'disengage');
  if (!disengaged) return { toolName: 'disengage', input: { characterId: actor.id } };
  if (!disengaged.ok || done(ctx, 'move')) return null;
  const spot = retreatSpot(table, actor);
  return spot ? moveTo(actor, spot) : null;
}
