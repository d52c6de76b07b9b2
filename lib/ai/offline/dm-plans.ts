import { attackPlan, disengagePlan } from './combat-plans';
import { featurePlan } from './feature-plans';
import type { Intent } from './intents';
import { type Call, done, type PlanContext } from './plan-context';
import { helpPlan, travelPlan, useObjectPlan } from './scene-plans';
import { spellPlan } from './spell-plans';
import { approach, squares } from './tactics';

/** The obstacle the player's words point at: one they name, or for a risky try, one the skill overcomes. */
function obstacleFor(ctx: PlanContext, intent: Extract<Intent, { kind: 'check' }>) {
  const obstacles = ctx.table.scene.obstacles ?? [];
  const lower = ctx.action.toLowerCase();
  const named = obstacles.find((o) => o.name.toLowerCase().split(/\W+/).some((w) => w.length > 3 && lower.includes(w)));
  return named ?? (intent.risky ? obstacles.find((o) => o.skills.includes(intent.skill)) : undefined);
}

/** A hazard a risky failure sets off where no obstacle names one: the scene's first that still works, not a drop. */
function riskHazard(ctx: PlanContext): string | undefined {
  return ctx.table.scene.hazards?.find((h) => !h.spent && !/\bfall\b/.test(h.how))?.id;
}

/** First aid: a creature at 0 hit points is stabilised with Medicine, stepping beside them first; nobody is healed by it. */
function firstAidPlan(ctx: PlanContext): Call | null {
  const down = ctx.table.party.filter((c) => !c.dead && c.hp === 0 && c.id !== ctx.actor.id);
  // The friend the player names, else the first one down.
  const dying = down.find((c) => ctx.action.toLowerCase().includes(c.name.split(' ')[0]!.toLowerCase())) ?? down[0];
  if (!dying || done(ctx, 'stabilize')) return null;
  const { actor, table } = ctx;
  if (table.map && actor.at && dying.at && squares(actor.at, dying.at) > 1 && !done(ctx, 'move')) {
    const cell = approach(table, actor, dying);
    if (cell) return { toolName: 'move', input: { characterId: actor.id, x: cell[0], y: cell[1] } };
  }
  return { toolName: 'stabilize', input: { characterId: actor.id, targetId: dying.id } };
}

function checkPlan(ctx: PlanContext, intent: Extract<Intent, { kind: 'check' }>): Call | null {
  if (intent.tends && (done(ctx, 'stabilize') || firstAidPlan(ctx))) return firstAidPlan(ctx);
  const obstacle = obstacleFor(ctx, intent);
  const check = done(ctx, 'ability_check');
  if (!check) {
    const skill = obstacle && !obstacle.skills.includes(intent.skill) ? obstacle.skills[0] : intent.skill;
    return { toolName: 'ability_check', input: { characterId: ctx.actor.id, skill, ...(obstacle ? { obstacleId: obstacle.id } : {}), reason: ctx.action } };
  }
  if (!check.ok || check.value.success === true || done(ctx, 'trigger_hazard')) return null;
  const hazardId = typeof check.value.setsOff === 'string' ? check.value.setsOff : intent.risky && !obstacle ? riskHazard(ctx) : undefined;
  return hazardId ? { toolName: 'trigger_hazard', input: { hazardId, targetIds: [ctx.actor.id], reason: ctx.action } } : null;
}

/** "We rest" rests the whole party, one after another; "I rest" only the speaker. Hit dice are the speaker's to spend. */
function restPlan(ctx: PlanContext, intent: Extract<Intent, { kind: 'rest' }>): Call | null {
  const { actor, table } = ctx;
  const together = /\b(we|us|our|party|everyone|all of us)\b/i.test(ctx.action);
  const resting = together ? [actor, ...table.party.filter((c) => c.id !== actor.id && !c.dead)] : [actor];
  const who = resting[ctx.outcomes.filter((o) => o.toolName === 'rest').length];
  if (!who) return null;
  const dice = who.id === actor.id && intent.hitDice ? { hitDice: intent.hitDice } : {};
  return { toolName: 'rest', input: { characterId: who.id, kind: intent.rest, ...dice } };
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
      return travelPlan(ctx, intent);
    case 'use-object':
      return useObjectPlan(ctx, intent);
    case 'help':
      return helpPlan(ctx, intent);
    case 'hide':
      return checkPlan(ctx, { kind: 'check', skill: 'stealth', risky: false, tends: false });
    case 'dash':
      return done(ctx, 'dash') ? null : { toolName: 'dash', input: { characterId: actor.id } };
    // Words, not rules: the DM answers in its narration.
    case 'talk':
    case 'clarify':
      return null;
    case 'disengage':
      return disengagePlan(ctx);
    case 'dodge':
      if (!ctx.table.combat) return checkPlan(ctx, { kind: 'check', skill: 'perception', risky: false, tends: false });
      return done(ctx, 'dodge') ? null : { toolName: 'dodge', input: { characterId: actor.id } };
    case 'rest':
      return restPlan(ctx, intent);
    case 'feature':
      return featurePlan(ctx, intent, () => attackPlan(ctx));
    case 'rule-question':
      return done(ctx, 'look_up_rule') ? null : { toolName: 'look_up_rule', input: { query: ctx.action } };
    case 'check':
      return checkPlan(ctx, intent);
  }
}
