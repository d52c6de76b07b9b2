import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import type { Intent } from './intents';
import type { Call } from './plan-context';
import type { ToolOutcome } from './prompt-reader';
import { pickTarget, standing } from './tactics';

type FeatureIntent = Extract<Intent, { kind: 'feature' }>;

/** What a feature plan reads: the table, who acts, their words, and what the tools answered so far. */
export type FeaturePlanContext = { table: TableFacts; actor: TableCombatant; action: string; outcomes: ToolOutcome[] };

function done(ctx: FeaturePlanContext, toolName: string): ToolOutcome[] {
  return ctx.outcomes.filter((o) => o.toolName === toolName);
}

/** A party member the player named ("I lay hands on Aldric"), else null. */
export function namedAlly(table: TableFacts, action: string): TableCombatant | null {
  const lower = action.toLowerCase();
  const allies = table.party.filter((c) => !c.dead);
  return allies.find((c) => lower.includes(c.name.toLowerCase()) || c.name.split(' ').some((n) => n.length > 3 && lower.includes(n.toLowerCase()))) ?? null;
}

/** Points left of a pool as the table shows them ("5 of 10 hit points" → 5). */
function poolLeft(actor: TableCombatant, feature: string): number {
  return Number(/^(\d+)/.exec(actor.features?.[feature] ?? '')?.[1] ?? 0);
}

function use(ctx: FeaturePlanContext, feature: string, extra: Record<string, unknown> = {}): Call {
  return { toolName: 'use_feature', input: { characterId: ctx.actor.id, feature, ...extra } };
}

/** The choices each feature needs, read from the player's words and the table. */
function choices(ctx: FeaturePlanContext, intent: FeatureIntent): Record<string, unknown> {
  const { table, actor, action } = ctx;
  switch (intent.feature) {
    case 'Lay on Hands': {
      const target = namedAlly(table, action) ?? actor;
      const points = Math.max(1, Math.min(poolLeft(actor, 'Lay on Hands'), target.maxHp - target.hp));
      return /\b(poison|cure)\b/i.test(action) ? { targetId: target.id, option: 'cure poison' } : { targetId: target.id, points };
    }
    case 'Bardic Inspiration': {
      const target = namedAlly(table, action) ?? table.party.find((c) => c.id !== actor.id && standing(c));
      return target ? { targetId: target.id } : {};
    }
    case 'Preserve Life': {
      const hurt = table.party.filter((c) => standing(c) || c.hp === 0).filter((c) => !c.dead && c.hp < c.maxHp / 2);
      return { targetIds: (hurt.length ? hurt : [actor]).map((c) => c.id) };
    }
    case 'Cunning Action':
    case 'Step of the Wind':
      return { option: intent.option ?? 'dash' };
    case 'Arcane Recovery':
      return { option: '1' };
    default:
      return {};
  }
}

/** Features that go with an attack: the attack first, then the feature on what it did. */
function withAttack(ctx: FeaturePlanContext, intent: FeatureIntent, attack: () => Call | null): Call | null {
  const swings = done(ctx, 'attack');
  const first = swings[0];
  if (!first) return attack();
  if (!first.ok || done(ctx, 'use_feature').length > 0) {
    // After an Action Surge, the second action is another attack, at the same foe while it stands.
    const surged = intent.feature === 'Action Surge' && done(ctx, 'use_feature')[0]?.ok === true && swings.length === 1;
    if (!surged || !first.ok) return null;
    const foe = first.value.targetDown ? pickTarget(ctx.table, ctx.actor, ctx.action) : ctx.table.creatures.find((c) => c.id === first.value.targetId);
    return foe ? { toolName: 'attack', input: { attackerId: ctx.actor.id, targetId: foe.id, attackName: first.value.attack } } : null;
  }
  if (intent.feature === 'Divine Smite' && first.value.hit !== true) return null;
  return use(ctx, intent.feature, intent.feature === 'Action Surge' ? {} : { targetId: first.value.targetId });
}

/**
 * The offline DM's plan for a class feature the player names: the feature
 * with the choices their words and the table give; a smite or a flurry
 * after the attack it goes with; an Action Surge between two attacks;
 * Arcane Recovery at the end of a short rest.
 */
export function featurePlan(ctx: FeaturePlanContext, intent: FeatureIntent, attack: () => Call | null): Call | null {
  const attached = intent.feature === 'Divine Smite' || intent.feature === 'Flurry of Blows' || (intent.feature === 'Action Surge' && ctx.table.combat !== null);
  if (attached) return withAttack(ctx, intent, attack);
  if (intent.feature === 'Arcane Recovery' && done(ctx, 'rest').length === 0) return { toolName: 'rest', input: { characterId: ctx.actor.id, kind: 'short' } };
  if (done(ctx, 'use_feature').length > 0 || (intent.feature === 'Arcane Recovery' && !done(ctx, 'rest')[0]?.ok)) return null;
  return use(ctx, intent.feature, choices(ctx, intent));
}
