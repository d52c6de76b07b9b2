import { readAction, readTable } from '@/lib/ai/prompts/format';
import { nextCall } from './dm-plans';
import { closing, opening, tell } from './dm-phrases';
import { planGoodsReply } from './goods-script';
import type { Intent } from './intents';
import type { ReadPrompt } from './prompt-reader';
import type { ScriptedReply } from './scripted-reply';
import { personSays, storyTold } from './story-tells';
import { find } from './tactics';
import { readIntent } from './understanding/read-intent';

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
  // A creature the DM plays fights; everyone else's words are read against the scene.
  const intent: Intent = actor.playedBy === 'dm' ? { kind: 'attack' } : readIntent(turn.action, table, actor, (id) => table.waysOn.find((w) => w.locationId === id)?.title);
  if (intent.kind === 'clarify') return { text: intent.question, toolCalls: [] };
  const call = nextCall({ table, actor, action: turn.action, intent, outcomes: read.toolOutcomes });
  const latest = read.toolOutcomes.at(-1);
  const said = latest ? `${tell(table, latest, seed)}${storyTold(latest)}` : opening(actor.name, intent.kind === 'check' ? intent.skill : null, seed);
  if (call) return { text: said, toolCalls: [call] };
  if (intent.kind === 'talk') return { text: `${personSays(table, intent, actor.name, seed)}${closing(seed)}`, toolCalls: [] };
  if (read.toolOutcomes.length === 0) return { text: `${said}${nothingDone(table, intent)} ${closing(seed)}`, toolCalls: [] };
  // The epilogue is the adventure's last word.
  const ended = read.toolOutcomes.some((o) => o.ok && typeof o.value.epilogue === 'string');
  return { text: `${said}${ended ? '' : closing(seed)}`, toolCalls: [] };
}

/** Why an action came to nothing, when the plan found no rule to try. */
function nothingDone(table: NonNullable<ReturnType<typeof readTable>>, intent: Intent): string {
  const foes = table.combat || table.creatures.some((c) => c.side === 'hostile' && c.hp > 0 && !c.dead);
  switch (intent.kind) {
    case 'travel':
      return foes ? 'Not while foes still stand in the way.' : table.waysOn.length ? 'That way does not lead on from here.' : 'There is no way on from here.';
    case 'use-object':
      return 'Nothing more comes of it.';
    case 'dash':
      return 'There is nowhere to hurry to.';
    default:
      return 'There is nothing here to fight.';
  }
}
