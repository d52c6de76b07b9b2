import type { Intent } from './intents';
import { hostilesStanding } from './combat-plans';
import { type Call, done, type PlanContext } from './plan-context';

/**
 * The offline DM's plans for acting on the scene: going on by an exit,
 * using what is there (a check against its obstacle, looting what holds
 * things, or the object itself), and helping a companion.
 */

export function travelPlan(ctx: PlanContext, intent: Extract<Intent, { kind: 'travel' }>): Call | null {
  const { table } = ctx;
  if (hostilesStanding(table).length > 0 || table.combat) return null;
  const way = intent.locationId ? table.waysOn.find((w) => w.locationId === intent.locationId) : table.waysOn[0];
  if (!way) return null;
  const entered = done(ctx, 'enter_location');
  if (!entered) return { toolName: 'enter_location', input: { locationId: way.locationId } };
  const arrivals = (entered.ok ? (entered.value.creatures as Array<{ hostile: boolean }>) : []) ?? [];
  if (arrivals.some((c) => c.hostile) && !done(ctx, 'start_combat')) return { toolName: 'start_combat', input: { reason: 'ambush on arrival' } };
  return null;
}

export function useObjectPlan(ctx: PlanContext, intent: Extract<Intent, { kind: 'use-object' }>): Call | null {
  const object = ctx.table.scene.objects.find((o) => o.id === intent.objectId);
  if (!object) return null;
  const characterId = ctx.actor.id;
  if (object.obstacleId) {
    const obstacle = ctx.table.scene.obstacles?.find((o) => o.id === object.obstacleId);
    if (!obstacle) return null;
    const check = done(ctx, 'ability_check');
    if (!check) {
      const skill = intent.skill && obstacle.skills.includes(intent.skill) ? intent.skill : obstacle.skills[0];
      return { toolName: 'ability_check', input: { characterId, skill, obstacleId: obstacle.id, reason: ctx.action } };
    }
    const setsOff = check.ok && check.value.success === false ? check.value.setsOff : undefined;
    if (typeof setsOff === 'string' && !done(ctx, 'trigger_hazard')) return { toolName: 'trigger_hazard', input: { hazardId: setsOff, targetIds: [characterId], reason: ctx.action } };
    return null;
  }
  if (object.containerId) return done(ctx, 'loot') ? null : { toolName: 'loot', input: { characterId, from: object.containerId } };
  return done(ctx, 'use_object') ? null : { toolName: 'use_object', input: { characterId, objectId: object.id } };
}

export function helpPlan(ctx: PlanContext, intent: Extract<Intent, { kind: 'help' }>): Call | null {
  return done(ctx, 'help') ? null : { toolName: 'help', input: { helperId: ctx.actor.id, allyId: intent.allyId } };
}
