import type { TableCombatant, TableFacts } from '@/lib/ai/prompts/format';
import { readGoods } from '@/lib/ai/prompts/goods-facts';
import { closing, opening, tell } from './dm-phrases';
import { classifyGoods } from './goods-intents';
import { nextGoodsStep } from './goods-plans';
import type { ReadPrompt, ToolOutcome } from './prompt-reader';
import type { ScriptedReply } from './scripted-reply';
import { placeWords, say } from './voice';

/** What a call about things did: the engine's own sentence when it gave one. */
function told(table: TableFacts, outcome: ToolOutcome, cursor: number): string {
  const said = tell(table, outcome, cursor);
  if (said || !outcome.ok) return said;
  return typeof outcome.value.outcome === 'string' ? `${outcome.value.outcome}. ` : '';
}

/**
 * The offline DM's reply to a party member's action about things (drinking
 * a potion, handing over a dagger, searching the bodies, buying a rope,
 * putting on armour), or null when the action is about something else.
 */
export function planGoodsReply(turn: { read: ReadPrompt; table: TableFacts; actor: TableCombatant; action: string; cursor: number }): ScriptedReply | null {
  const { read, table, actor, cursor } = turn;
  if (actor.playedBy === 'dm') return null;
  const goods = readGoods(read.system);
  const intent = classifyGoods(turn.action, goods?.containers.map((c) => c.name) ?? []);
  if (!intent) return null;
  const step = nextGoodsStep({ table, goods, actor, intent, outcomes: read.toolOutcomes });
  const latest = read.toolOutcomes.at(-1);
  const said = latest ? told(table, latest, cursor) : opening('deed', actor.name, null, cursor);
  if (step.call) return { text: said, toolCalls: [step.call] };
  const place = table.scene.title;
  const idle = read.toolOutcomes.length === 0 && step.idle ? `${say(step.idle, cursor, placeWords(place))} ` : '';
  return { text: `${said}${idle}${closing(cursor, place)}`, toolCalls: [] };
}
