import { readAction, readTable, type TableCombatant } from '@/lib/ai/prompts/format';
import { foesInTheWay, noWayOn, nobodyToFight } from './dm-asides';
import type { OpeningKind } from './dm-openings';
import { nextCall } from './dm-plans';
import { closing, opening, tell } from './dm-phrases';
import { planGoodsReply } from './goods-script';
import { classifyIntent, type Intent } from './intents';
import { narrationCursor } from './narration-cursor';
import type { ReadPrompt } from './prompt-reader';
import type { ScriptedReply } from './scripted-reply';
import { find } from './tactics';
import { placeWords, say } from './voice';

function openingKind(actor: TableCombatant, intent: Intent): OpeningKind {
  if (actor.playedBy === 'dm') return 'fight';
  switch (intent.kind) {
    case 'attack':
    case 'disengage':
    case 'dodge':
      return 'fight';
    case 'spell':
      return 'spell';
    case 'travel':
      return 'travel';
    case 'check':
      return 'check';
    default:
      return 'deed';
  }
}

/**
 * The offline DM, one step at a time, as a hosted model would play it: read
 * the action and the table, call the tools its plan needs one by one, and
 * once the plan is done, narrate what the rules engine decided. Every step
 * of a turn reads the same prompt, so the whole narration is told at one
 * cursor (narration-cursor.ts).
 */
export function planDmReply(read: ReadPrompt, seed: number): ScriptedReply {
  const cursor = narrationCursor(read.system, seed);
  const turn = readAction(read.lastUser);
  const table = readTable(read.system);
  const actor = turn && table ? find(table, turn.characterId) : undefined;
  if (!turn || !table || !actor) return { text: `The Dungeon Master waits for someone to act. ${closing(cursor, '')}`, toolCalls: [] };
  // After arriving somewhere new, the narration ends in the new place.
  const arrived = read.toolOutcomes.find((o) => o.toolName === 'enter_location' && o.ok);
  const place = arrived?.ok && typeof arrived.value.arrivedAt === 'string' ? arrived.value.arrivedAt : table.scene.title;
  const goods = planGoodsReply({ read, table, actor, action: turn.action, cursor });
  if (goods) return goods;
  const intent = classifyIntent(turn.action);
  const call = nextCall({ table, actor, action: turn.action, intent, outcomes: read.toolOutcomes });
  const latest = read.toolOutcomes.at(-1);
  const said = latest ? tell(table, latest, cursor) : opening(openingKind(actor, intent), actor.name, intent.kind === 'check' ? intent.skill : null, cursor);
  if (call) return { text: said, toolCalls: [call] };
  if (read.toolOutcomes.length === 0) {
    const why =
      intent.kind === 'travel'
        ? table.combat || table.creatures.some((c) => c.side === 'hostile' && c.hp > 0 && !c.dead)
          ? foesInTheWay
          : noWayOn
        : nobodyToFight;
    return { text: `${said}${say(why, cursor, placeWords(place))} ${closing(cursor, place)}`, toolCalls: [] };
  }
  return { text: `${said}${closing(cursor, place)}`, toolCalls: [] };
}
