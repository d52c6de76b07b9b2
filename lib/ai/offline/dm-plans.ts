import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import type { Intent } from './intents';
import type { ToolOutcome } from './prompt-reader';
import { spellPlan } from './spell-plans';
import { approach, chooseAttack, isAdjacent, pickTarget, standing } from './tactics';

export type Call = { toolName: string; input: Record<string, unknown> };

export type PlanContext = {
  table: TableFacts;
  actor: TableCombatant;
  action: string;
  intent: Intent;
  outcomes: ToolOutcome[];
};

function done(ctx: PlanContext, toolName: string): ToolOutcome | undefined {
  return ctx.outcomes.find((o) => o.toolName === toolName);
}

function hostilesStanding(table: TableFacts): TableCombatant[] {
  return table.creatures.filter((c) => c.side === 'hostile' && standing(c));
}

/** Closes in if it must, then makes one attack: a person's attack, an AI player's, or a monster's turn. */
function attackPlan(ctx: PlanContext): Call | null {
  const { table, actor } = ctx;
  if (!table.combat && actor.side === 'party') {
    if (hostilesStanding(table).length === 0) return null;
    const start = done(ctx, 'start_combat');
    if (!start) return { toolName: 'start_combat', input: { reason: ctx.action } };
    if (!start.ok || start.value.firstTurn !== actor.id) return null;
  }
  const target = pickTarget(table, actor, ctx.action);
  if (!target) return null;
  const moved = done(ctx, 'move');
  const wantsMelee = chooseAttack(actor, false).kind === 'melee';
  if (!isAdjacent(actor, target) && wantsMelee && !moved) {
    const cell = approach(table, actor, target);
    if (cell) return { toolName: 'move', input: { characterId: actor.id, x: cell[0], y: cell[1] } };
  }
  if (done(ctx, 'attack')) return null;
  const adjacent = isAdjacent(actor, target) || moved?.ok === true;
  const attack = chooseAttack(actor, adjacent);
  return { toolName: 'attack', input: { attackerId: actor.id, targetId: target.id, attackName: attack.name } };
}

function travelPlan(ctx: PlanContext): Call | null {
  const { table } = ctx;
  if (hostilesStanding(table).length > 0 || table.combat) return null;
  const way = table.waysOn[0];
  if (!way) return null;
  const entered = done(ctx, 'enter_location');
  if (!entered) return { toolName: 'enter_location', input: { locationId: way.locationId } };
  const arrivals = (entered.ok ? (entered.value.creatures as Array<{ hostile: boolean }>) : []) ?? [];
  if (arrivals.some((c) => c.hostile) && !done(ctx, 'start_combat')) return { toolName: 'start_combat', input: { reason: 'ambush on arrival' } };
  return null;
}

function checkPlan(ctx: PlanContext, intent: Extract<Intent, { kind: 'check' }>): Call | null {
  const check = done(ctx, 'ability_check');
  if (!check) return { toolName: 'ability_check', input: { characterId: ctx.actor.id, skill: intent.skill, reason: ctx.action } };
  if (!check.ok || done(ctx, 'heal') || done(ctx, 'deal_damage')) return null;
  const passed = check.value.success === true;
  if (passed && intent.heals) {
    const hurt = [...ctx.table.party].filter((c) => !c.dead).sort((a, b) => a.hp / a.maxHp - b.hp / b.maxHp)[0];
    if (hurt && hurt.hp < hurt.maxHp) return { toolName: 'heal', input: { characterId: hurt.id, dice: '1d4+1', reason: 'first aid' } };
  }
  if (!passed && intent.risky) {
    return { toolName: 'deal_damage', input: { characterId: ctx.actor.id, dice: ctx.table.scene.hazardDamage, reason: ctx.action } };
  }
  return null;
}

/** The next tool call of the offline DM's plan for this action, or null when it is ready to narrate. */
export function nextCall(ctx: PlanContext): Call | null {
  const { intent, actor } = ctx;
  if (actor.playedBy === 'dm') return attackPlan(ctx);
  switch (intent.kind) {
    case 'attack':
      return attackPlan(ctx);
    case 'spell':
      return spellPlan(ctx, intent.words);
    case 'travel':
      return travelPlan(ctx);
    case 'dodge':
      if (!ctx.table.combat) return checkPlan(ctx, { kind: 'check', skill: 'perception', risky: false, heals: false });
      return done(ctx, 'dodge') ? null : { toolName: 'dodge', input: { characterId: actor.id } };
    case 'rest':
      return done(ctx, 'rest') ? null : { toolName: 'rest', input: { characterId: actor.id, kind: 'short' } };
    case 'rule-question':
      return done(ctx, 'look_up_rule') ? null : { toolName: 'look_up_rule', input: { query: ctx.action } };
    case 'check':
      return checkPlan(ctx, intent);
  }
}
