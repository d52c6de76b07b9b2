import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import { readGoods } from '@/lib/ai/prompts/goods-facts';
import { closing, tell } from './dm-phrases';
import { classifyGoods } from './goods-intents';
import { nextGoodsStep } from './goods-plans';
import type { ReadPrompt, ToolOutcome } from './prompt-reader';
import type { ScriptedReply } from './scripted-reply';
import { pick } from './seeded';

/** What a call about things did: the engine's own sentence when it gave one. */
function told(table: TableFacts, outcome: ToolOutcome, seed: number): string {
  const said = tell(table, outcome, seed);
  if (said || !outcome.ok) return said;
  return typeof outcome.value.outcome === 'string' ? `${outcome.value.outcome}. ` : '';
}

/**
 * The offline DM's reply to a party member's action about things (drinking
 * a potion, handing over a dagger, searching the bodies, buying a rope,
 * putting on armour), or null when the action is about something else.
 */
export function planGoodsReply(read: ReadPrompt, table: TableFacts, actor: TableCombatant, action: string, seed: number): ScriptedReply | null {
  if (actor.playedBy === 'dm') return null;
  const goods = readGoods(read.system);
  const intent = classifyGoods(action, goods?.containers.map((c) => c.name) ?? []);
  if (!intent) return null;
  const step = nextGoodsStep({ table, goods, actor, intent, outcomes: read.toolOutcomes });
  const latest = read.toolOutcomes.at(-1);
  const said = latest ? told(table, latest, seed) : pick([`${actor.name} sees to it. `, `${actor.name} sets about it. `], seed, 6);
  if (step.call) return { text: said, toolCalls: [step.call] };
  if (read.toolOutcomes.length === 0) return { text: `${said}${step.idle}${closing(seed)}`, toolCalls: [] };
  return { text: `${said}${closing(seed)}`, toolCalls: [] };
}
