import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import type { GoodsFacts } from '@/lib/ai/prompts/goods-facts';
import { nobodyTrades, nothingOnTheFallen, nothingToSearch } from './dm-asides';
import type { GoodsIntent } from './goods-intents';
import type { Call } from './plan-context';
import type { ToolOutcome } from './prompt-reader';
import { approach, find, squares, type Cell } from './tactics';
import type { Cycle } from './voice';

type GoodsContext = { table: TableFacts; goods: GoodsFacts | null; actor: TableCombatant; intent: GoodsIntent; outcomes: ToolOutcome[] };

/** The next call of a plan about things, or, when there is nothing to call at all, what the DM says instead. */
export type GoodsStep = { call: Call | null; idle: Cycle | null };

function partyMember(table: TableFacts, name: string | null): TableCombatant | undefined {
  if (!name) return undefined;
  const lower = name.toLowerCase();
  return table.party.find((c) => c.id === lower || c.name.toLowerCase().split(/\s+/).includes(lower));
}

/** Where the actor stands now: where its last move this turn took it, or where it began. */
function standsAt(ctx: GoodsContext): Cell | null {
  const moved = ctx.outcomes.filter((o) => o.toolName === 'move' && o.ok).at(-1);
  return moved?.ok ? (moved.value.at as Cell) : ctx.actor.at;
}

/** Searches each body that carries something, walking up to it first when the battle map puts it out of reach. */
function lootBodies(ctx: GoodsContext): Call | null {
  const looted = ctx.outcomes.filter((o) => o.toolName === 'loot');
  if (looted.some((o) => !o.ok)) return null;
  const bodies = Object.entries(ctx.goods?.onBodies ?? {})
    .filter(([, holds]) => holds !== 'nothing')
    .flatMap(([id]) => find(ctx.table, id) ?? []);
  const body = bodies[looted.length];
  if (!body) return null;
  const step = walkUpTo(ctx, body);
  if (step === 'stuck') return null;
  return step ?? { toolName: 'loot', input: { characterId: ctx.actor.id, from: body.id } };
}

/** A step up to someone the battle map puts out of reach; null when within reach (or no map), 'stuck' when no step gets there. */
function walkUpTo(ctx: GoodsContext, who: TableCombatant): Call | 'stuck' | null {
  const here = standsAt(ctx);
  if (!ctx.table.map || !here || !who.at || squares(here, who.at) <= 1) return null;
  if (ctx.outcomes.at(-1)?.toolName === 'move') return 'stuck';
  const cell = approach(ctx.table, { ...ctx.actor, at: here }, who);
  return cell ? { toolName: 'move', input: { characterId: ctx.actor.id, x: cell[0], y: cell[1] } } : 'stuck';
}

/** Using an item on a friend: walking up to them first when the battle map puts them out of reach. */
function useOn(ctx: GoodsContext, input: Record<string, unknown>, friend: TableCombatant | undefined): Call | null {
  if (ctx.outcomes.some((o) => o.toolName === 'use_item')) return null;
  const step = friend ? walkUpTo(ctx, friend) : null;
  if (step === 'stuck') return null;
  return step ?? { toolName: 'use_item', input };
}

function once(ctx: GoodsContext, toolName: string, input: Record<string, unknown>): Call | null {
  return ctx.outcomes.some((o) => o.toolName === toolName) ? null : { toolName, input };
}

/**
 * The offline DM's plan for an action about things. It names what the
 * player named and lets the rules engine find it or refuse; it never
 * decides counts or prices itself.
 */
export function nextGoodsStep(ctx: GoodsContext): GoodsStep {
  const { intent, actor, goods } = ctx;
  const characterId = actor.id;
  switch (intent.kind) {
    case 'use': {
      const target = partyMember(ctx.table, intent.targetName);
      const friend = target && target.id !== actor.id ? target : undefined;
      return { call: useOn(ctx, { characterId, item: intent.item, ...(friend ? { targetId: friend.id } : {}) }, friend), idle: null };
    }
    case 'give': {
      const to = partyMember(ctx.table, intent.toName)?.id ?? intent.toName.toLowerCase();
      const what = intent.item ? { item: intent.item } : { coins: { gp: intent.gold } };
      return { call: once(ctx, 'give', { fromId: characterId, toId: to, ...what }), idle: null };
    }
    case 'loot-bodies':
      return { call: lootBodies(ctx), idle: nothingOnTheFallen };
    case 'loot': {
      const container = goods?.containers.find((c) => c.name === intent.containerWords);
      return { call: container ? once(ctx, 'loot', { characterId, from: container.id }) : null, idle: nothingToSearch };
    }
    case 'buy':
    case 'sell': {
      const merchant = goods?.merchants[0];
      if (!merchant) return { call: null, idle: nobodyTrades };
      return { call: once(ctx, intent.kind, { characterId, item: intent.item, quantity: intent.quantity, merchant: merchant.id }), idle: null };
    }
    case 'equip':
    case 'unequip':
    case 'attune':
      return { call: once(ctx, intent.kind, { characterId, item: intent.item }), idle: null };
  }
}
