import { readAction, readTable } from '@/lib/ai/prompts/format';
import { nextCall } from './dm-plans';
import { closing, opening, tell } from './dm-phrases';
import { planGoodsReply } from './goods-script';
import { classifyIntent } from './intents';
import type { ReadPrompt } from './prompt-reader';
import type { ScriptedReply } from './scripted-reply';
import { find } from './tactics';

/**
 * The offline DM, one step at a time, as a hosted model would play it: read
 * the action and the table, call the tools its plan needs one by one, and
 * once the plan is done, narrate what the rules engine decided.
 */
export function planDmReply(read: ReadPrompt, seed: number): ScriptedReply {
  const turn = readAction(read.lastUser);
  const table = readTable(read.system);
  const actor = turn && table ? find(table, turn.characterId) : undefined;
  if (!turn || !table || !actor) return { text: `The Dungeon Master waits for someone to act. ${closing(seed)}`, toolCalls: [] };
  const goods = planGoodsReply(read, table, actor, turn.action, seed);
  if (goods) return goods;
  const intent = classifyIntent(turn.action);
  const call = nextCall({ table, actor, action: turn.action, intent, outcomes: read.toolOutcomes });
  const latest = read.toolOutcomes.at(-1);
  const said = latest ? tell(table, latest, seed) : opening(actor.name, intent.kind === 'check' ? intent.skill : null, seed);
  if (call) return { text: said, toolCalls: [call] };
  if (read.toolOutcomes.length === 0) {
    const why =
      intent.kind === 'travel'
        ? table.combat || table.creatures.some((c) => c.side === 'hostile' && c.hp > 0 && !c.dead)
          ? 'Not while foes still stand in the way.'
          : 'There is no way on from here.'
        : 'There is nothing here to fight.';
    return { text: `${said}${why} ${closing(seed)}`, toolCalls: [] };
  }
  return { text: `${said}${closing(seed)}`, toolCalls: [] };
}
